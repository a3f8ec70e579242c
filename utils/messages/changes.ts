import { browser } from 'wxt/browser';
import type { Change } from '../db/changes';
import { CHANNEL } from './envelope';

/** The change feed's message type: the background sends it after every committed write. */
export const CHANGES_TYPE = 'changes';

export interface ChangeMessage {
  channel: typeof CHANNEL;
  type: typeof CHANGES_TYPE;
  data: Change;
}

export function changeMessage(change: Change): ChangeMessage {
  return { channel: CHANNEL, type: CHANGES_TYPE, data: change };
}

/** Is `message` the change feed's, sent by the extension's own background or pages? */
export function asChange(
  message: unknown,
  sender: { id?: string; url?: string },
  extension: { id: string; origin: string },
): Change | null {
  const m = message as Partial<ChangeMessage> | null;
  if (!m || m.channel !== CHANNEL || m.type !== CHANGES_TYPE) return null;
  if (sender.id !== extension.id || !sender.url?.startsWith(extension.origin)) return null;
  const c = m.data;
  if (!c || typeof c !== 'object') return null;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  return {
    articles: list(c.articles),
    highlights: list(c.highlights),
    links: list(c.links),
    all: c.all === true,
    ...(c.source === 'sync' ? { source: 'sync' as const } : {}),
  };
}

/**
 * Hear every change to the library made anywhere (this window or another, the page, sync), for
 * the extension's own documents. Returns the unsubscribe function.
 */
export function subscribeChanges(listener: (change: Change) => void): () => void {
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
    const change = asChange(message, sender, extension);
    if (change) listener(change);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

/** Send a change to the extension's open documents (from the background). */
export async function broadcastChange(change: Change): Promise<void> {
  try {
    await browser.runtime.sendMessage(changeMessage(change));
  } catch {
    // no extension page is open to hear it
  }
}
