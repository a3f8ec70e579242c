import { browser } from 'wxt/browser';
import { CHANNEL, type Reply } from './envelope';
import type { BackgroundType, RequestOf, ResponseOf, TabType } from './types';
import type { TabRequestOf, TabResponses } from './tab-protocol';

/** A failed request, with the receiver's words. */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

function unwrap<T>(reply: unknown, what: string): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) {
    throw new MessageError(`No answer to ${what}`, 'no-answer');
  }
  if (!r.ok) throw new MessageError(r.error, r.code);
  return r.value;
}

export async function sendToBackground<T extends BackgroundType>(
  type: T,
  data: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const reply = await browser.runtime.sendMessage({ channel: CHANNEL, type, data });
  return unwrap<ResponseOf<T>>(reply, type);
}

export async function sendToTab<T extends TabType>(
  tabId: number,
  type: T,
  data: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const reply = await browser.tabs.sendMessage(tabId, { channel: CHANNEL, type, data });
  return unwrap<ResponseOf<T>>(reply, type);
}

/** Ask the content script of one frame of a tab. */
export async function sendToFrame<T extends TabType>(
  tabId: number,
  frameId: number,
  type: T,
  data: TabRequestOf<T>,
): Promise<TabResponses[T]> {
  const reply = await browser.tabs.sendMessage(
    tabId,
    { channel: CHANNEL, type, data },
    { frameId },
  );
  return unwrap<TabResponses[T]>(reply, type);
}
