import { PANEL_PORT } from '../messages/envelope';
import { followedTab, selectMessage } from '../messages/broadcasts';

export interface PanelPort {
  name: string;
  sender?: { id?: string; url?: string; tab?: unknown };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/** How long a highlight waits for a panel opened to show it. */
export const PENDING_MS = 15_000;

/** A port of the extension's own side panel page; any other of its pages is disconnected. */
function isPanel(port: PanelPort, extension: { id: string; panelUrl: string }): boolean {
  if (port.name !== PANEL_PORT || port.sender?.id !== extension.id) return false;
  if ((port.sender?.url ?? '').startsWith(extension.panelUrl)) return true;
  port.disconnect();
  return false;
}

/**
 * The side panels open now, each with the tab it shows. Only the extension's own side panel page
 * may connect; when the reader clicks a highlight in a tab a panel shows, the panel selects it
 * instead of the page opening its editor.
 */
export function createPanelPorts(
  extension: { id: string; panelUrl: string },
  now: () => number = Date.now,
) {
  const panels = new Map<PanelPort, { tabId: number | null; windowId: number | null }>();
  /** A highlight to select in the next panel that shows its tab (one being opened for it). */
  const pending = new Map<number, { id: string; until: number }>();
  const post = (port: PanelPort, id: string) => {
    try {
      port.postMessage(selectMessage(id));
      return true;
    } catch {
      panels.delete(port); // closed meanwhile
      return false;
    }
  };
  /** A panel now shows `tabId`: select what was waiting for it. */
  const deliver = (port: PanelPort, tabId: number | null) => {
    const waiting = tabId === null ? undefined : pending.get(tabId);
    if (!waiting || tabId === null) return;
    pending.delete(tabId);
    if (waiting.until >= now()) post(port, waiting.id);
  };
  /** Select highlight `id` in the panel showing `tabId`; false when no panel shows that tab. */
  const select = (tabId: number, id: string): boolean => {
    for (const [port, where] of panels) if (where.tabId === tabId && post(port, id)) return true;
    return false;
  };
  return {
    /** A port connected: keep it if it is a side panel's. Answers whether it was kept. */
    connect(port: PanelPort): boolean {
      if (!isPanel(port, extension)) return false;
      panels.set(port, { tabId: null, windowId: null });
      port.onMessage.addListener((message) => {
        const where = followedTab(message);
        if (!where) return;
        panels.set(port, where);
        deliver(port, where.tabId);
      });
      port.onDisconnect.addListener(() => panels.delete(port));
      return true;
    },
    select,
    /**
     * Select highlight `id` in the panel showing `tabId`, or in the next one that comes to show it
     * within `PENDING_MS` (a panel being opened for it). Answers whether a panel had it at once.
     */
    focus(tabId: number, id: string): boolean {
      if (select(tabId, id)) return true;
      pending.set(tabId, { id, until: now() + PENDING_MS });
      return false;
    },
    /** How many panels are open (for tests and diagnostics). */
    get size() {
      return panels.size;
    },
  };
}
export type PanelPorts = ReturnType<typeof createPanelPorts>;
