/**
 * The extension API as the page side uses it, taken straight from the browser: `browser` where it
 * defines one (Firefox), else `chrome` — not through the polyfill, whose `globalThis.browser`
 * lookup a page element named `browser` can answer (DOM clobbering). In Chromium even `chrome`
 * can be shadowed by a page element in the content script's world, so it is taken at document
 * start, before the page has any element, and kept where the page cannot reach.
 */
import { CHANNEL } from '../messages/envelope';
import { unwrap } from '../messages/reply';
import type { SenderLike } from '../messages/dispatch';
import type { BackgroundType, RequestOf, ResponseOf } from '../messages/types';

export interface ExtensionApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (
          message: unknown,
          sender: SenderLike,
          sendResponse: (response: unknown) => void,
        ) => boolean | undefined,
      ): void;
    };
  };
}

/** Where the first page script to find the API leaves it, for the next (checker → annotator). */
export const API_KEY = '__aiNewsAnnotatorApi';

function own(scope: object, name: string): unknown {
  const found = Object.getOwnPropertyDescriptor(scope, name);
  return found && 'value' in found ? found.value : undefined;
}

/** Elements and frames a page names `chrome` or `browser` are never callable like the API. */
const isApi = (v: unknown): v is ExtensionApi => {
  const runtime = (v as ExtensionApi | null)?.runtime;
  return (
    typeof runtime?.sendMessage === 'function' &&
    typeof runtime.getURL === 'function' &&
    typeof runtime.onMessage?.addListener === 'function'
  );
};

/**
 * The API: the one a page script of this world already found, else the global's `browser` or
 * `chrome` (an element the page names so is never callable like the API). Checked on first use,
 * then kept as an own, read-only property of the isolated world's global.
 */
export function extensionApi(scope: object = globalThis): ExtensionApi | null {
  const ready = own(scope, API_KEY);
  if (isApi(ready)) return ready;
  const g = scope as { browser?: unknown; chrome?: unknown };
  const api = [g.browser, g.chrome].find(isApi) ?? null;
  if (api) Object.defineProperty(scope, API_KEY, { value: api, enumerable: false });
  return api;
}

/** True while the extension that runs this script is installed and enabled. */
export const extensionAlive = (api: ExtensionApi) => {
  try {
    return api.runtime.id != null;
  } catch {
    return false;
  }
};

/** Requests to the background, from the page side. */
export function pageMessenger(api: ExtensionApi) {
  return async function send<T extends BackgroundType>(
    type: T,
    data: RequestOf<T>,
  ): Promise<ResponseOf<T>> {
    return unwrap<ResponseOf<T>>(
      await api.runtime.sendMessage({ channel: CHANNEL, type, data }),
      type,
    );
  };
}
