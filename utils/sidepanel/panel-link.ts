import { CHANNEL } from '../messages/envelope';
import { PANEL_FOLLOW, selectedId, type FollowMessage } from '../messages/broadcasts';

/** After the background restarts (a service worker sleeps), the panel connects again. */
export const RECONNECT_MS = 500;

export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export interface PanelLink {
  /** Tell the background which tab the panel shows now. */
  follow(tab: { tabId: number; windowId: number } | null): void;
  close(): void;
}

/**
 * Keep a port open to the background while the panel is open, so a click on a painted highlight
 * in the tab it shows selects the highlight here. Connects again if the background restarts.
 */
export function createPanelLink(
  connect: () => PortLike,
  onSelect: (id: string) => void,
  timers: { setTimeout: (fn: () => void, ms: number) => number },
): PanelLink {
  let following: FollowMessage['data'] = { tabId: null, windowId: null };
  let port: PortLike | null = null;
  let closed = false;
  const say = () => port?.postMessage({ channel: CHANNEL, type: PANEL_FOLLOW, data: following });
  function open() {
    if (closed) return;
    try {
      port = connect();
    } catch {
      port = null;
      return; // the extension is going away
    }
    port.onMessage.addListener((message) => {
      const id = selectedId(message);
      if (id) onSelect(id);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      timers.setTimeout(open, RECONNECT_MS);
    });
    say();
  }
  open();
  return {
    follow(tab) {
      following = tab ?? { tabId: null, windowId: null };
      say();
    },
    close() {
      closed = true;
      port?.disconnect();
      port = null;
    },
  };
}
