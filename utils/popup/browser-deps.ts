import { browser } from 'wxt/browser';
import { createDbAccessor, stageFile } from '../db';
import { subscribeChanges } from '../messages/broadcasts';
import { sendToBackground, sendToTab } from '../messages/client';
import type { PopupDeps, PopupPrefs } from './deps';
import type { SettingStore } from '../options/toolbar-sites';
import { resolveTabId } from '../view/tab-id';
import type { ImportPort } from '../transfer/import-protocol';

/** Preferences in the extension origin's local storage; a browser without it forgets them. */
function storagePrefs(view: Window): PopupPrefs {
  return {
    get(key) {
      try {
        return view.localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        view.localStorage.setItem(key, value);
      } catch {
        // not kept: the popup still works, it opens as it did before
      }
    },
  };
}

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
    subscribeChanges,
    prefs: storagePrefs(view),
    now: () => new Date(),
    document: view.document,
    openLibrary: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
    settings: browser.storage.local as unknown as SettingStore,
    openOptions: () => void browser.runtime.openOptionsPage(),
    importLine: {
      stage: (file) => stageFile(file),
      connect: (name) => browser.runtime.connect({ name }) as unknown as ImportPort,
    },
    sleep: (ms) => new Promise((resolve) => view.setTimeout(resolve, ms)),
  };
}
