import { browser } from 'wxt/browser';
import { CHANNEL } from './envelope';
import { unwrap } from './reply';
import type { BackgroundType, RequestOf, ResponseOf, TabType } from './types';
import type { TabRequestOf, TabResponses } from './tab-protocol';

export { MessageError } from './reply';

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
