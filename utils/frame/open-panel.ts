/**
 * Open the side panel from the in-page frame's click. Chrome lets an extension page framed in a
 * tab call `sidePanel.open` inside the reader's own click; Firefox has no `sidebarAction` there
 * (the background then shows the note where the reader can write it: utils/background/note-handoff.ts).
 * Called synchronously in the click handler: the browser allows it only while the click lasts.
 */
export interface SidePanelHost {
  chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } };
}

export function openPanelFromFrame(host: SidePanelHost, tabId: number): Promise<boolean> {
  const sidePanel = host.chrome?.sidePanel;
  if (!sidePanel || tabId < 0) return Promise.resolve(false);
  try {
    return sidePanel.open({ tabId }).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}
