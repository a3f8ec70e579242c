import { FRAME_PORT } from '../messages/envelope';
import type { FrameState } from '../messages/broadcasts';

/** The parts of a runtime port the background uses. */
export interface PortLike {
  name: string;
  sender?: { tab?: { id?: number }; url?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onDisconnect: { addListener(cb: () => void): void };
}

/**
 * The ports of the in-page frames, by tab. Only extension documents inside a tab may connect (the
 * frame over a page); what the background posts here never passes through the page.
 */
export function createFramePorts(isExtensionUrl: (url: string | undefined) => boolean) {
  const byTab = new Map<number, Set<PortLike>>();
  return {
    /** A port connected: keep it if it is a frame's, and tell it what to show now. */
    connect(port: PortLike, current: (tabId: number) => FrameState): void {
      if (port.name !== FRAME_PORT) return;
      const tabId = port.sender?.tab?.id;
      if (tabId == null || !isExtensionUrl(port.sender?.url)) return void port.disconnect();
      const set = byTab.get(tabId) ?? new Set();
      byTab.set(tabId, set);
      set.add(port);
      port.onDisconnect.addListener(() => {
        set.delete(port);
        if (!set.size) byTab.delete(tabId);
      });
      port.postMessage(current(tabId));
    },
    post(tabId: number, state: FrameState): void {
      for (const port of byTab.get(tabId) ?? []) {
        try {
          port.postMessage(state);
        } catch {
          // the frame went away
        }
      }
    },
  };
}
