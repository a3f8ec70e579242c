/**
 * Where the reader writes a note after pressing Note in the in-page frame: never in the page (a
 * page can draw over anything it hosts), but in the side panel showing the tab — opened by the
 * frame itself in Chrome — or, where the browser lets no framed page open its sidebar (Firefox),
 * in a small extension window showing the side panel's page for that tab.
 */
export interface HandoffDeps {
  /** Select the highlight in the panel showing the tab, or in the next one to show it. */
  focus: (tabId: number, id: string) => boolean;
  /** Open a small window of the extension's own (no page can draw in it). */
  openWindow: (url: string) => Promise<void>;
  /** The side panel's page. */
  panelUrl: string;
}

export const NOTE_WINDOW = { width: 420, height: 640 };

export function createNoteHandoff(deps: HandoffDeps) {
  return async (tabId: number, id: string, panelOpened: boolean): Promise<void> => {
    if (deps.focus(tabId, id) || panelOpened) return;
    await deps.openWindow(`${deps.panelUrl}?tabId=${tabId}`);
  };
}
