import { browser } from 'wxt/browser';
import { CHANNEL } from './envelope';
import { unwrap } from './reply';
import { noReceiver } from './no-receiver';
import type { BackgroundType, RequestOf, ResponseOf, TabType } from './types';
import type { TabRequestOf } from './tab-requests';
import type { TabResponses } from './replies';

export { MessageError } from './reply';

export async function sendToBackground<T extends BackgroundType>(
  type: T,
  data: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const reply = await browser.runtime.sendMessage({ channel: CHANNEL, type, data });
  return unwrap<ResponseOf<T>>(reply, type);
}

/** The scripts the background injects into pages that have work for them. */
const SCRIPT_FILES = { annotator: '/annotator.js', checker: '/page-watch.js' } as const;

/** Inject one of the page scripts into one frame of a tab (each runs once per page). */
export async function injectScript(
  tabId: number,
  frameId: number,
  script: keyof typeof SCRIPT_FILES,
): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [SCRIPT_FILES[script]],
  });
}

/** Inject the annotator (the page script that paints and answers requests) into one frame. */
export const injectAnnotator = (tabId: number, frameId: number) =>
  injectScript(tabId, frameId, 'annotator');

/** One request to one frame's content script. */
async function ask<T extends TabType>(
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

/**
 * Ask the content script of one frame of a tab. Only the annotator answers, and it is injected on
 * a page's first need: when nobody answers, it is injected and asked again. Pages where nothing
 * can run (browser pages, stores) fail as before.
 */
export async function sendToFrame<T extends TabType>(
  tabId: number,
  frameId: number,
  type: T,
  data: TabRequestOf<T>,
): Promise<TabResponses[T]> {
  try {
    return await ask(tabId, frameId, type, data);
  } catch (e) {
    if (!noReceiver(e)) throw e;
    await injectAnnotator(tabId, frameId);
    return ask(tabId, frameId, type, data);
  }
}

/**
 * Ask one frame only if its annotator is already there: false when nobody listens (nothing is
 * injected), true once it answered.
 */
export async function askIfListening<T extends TabType>(
  tabId: number,
  frameId: number,
  type: T,
  data: TabRequestOf<T>,
): Promise<boolean> {
  try {
    await ask(tabId, frameId, type, data);
    return true;
  } catch (e) {
    if (noReceiver(e)) return false;
    throw e;
  }
}

/** Ask the content script of a tab's top frame. */
export function sendToTab<T extends TabType>(
  tabId: number,
  type: T,
  data: RequestOf<T>,
): Promise<ResponseOf<T>> {
  return sendToFrame(tabId, 0, type, data as TabRequestOf<T>) as Promise<ResponseOf<T>>;
}
