import { browser } from 'wxt/browser';
import { createDbAccessor } from '../db';
import { sendToBackground, sendToTab } from '../messages/client';
import type { PopupDeps } from './deps';
import { resolveTabId } from './tab-id';

/** The popup's real surroundings: the extension's database, its messaging, the popup window. */
export function createBrowserDeps(view: Window): PopupDeps {
  return {
    db: createDbAccessor(),
    tabId: () =>
      resolveTabId(view.location.search, () =>
        browser.tabs.query({ active: true, currentWindow: true }),
      ),
    sendToTab,
    sendToBackground,
    now: () => new Date(),
    document: view.document,
    openLibrary: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
    sleep: (ms) => new Promise((resolve) => view.setTimeout(resolve, ms)),
  };
}
