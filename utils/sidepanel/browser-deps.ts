import { browser } from 'wxt/browser';
import { createDbAccessor } from '../db';
import { subscribeChanges } from '../messages/changes';
import { sendToBackground, sendToTab } from '../messages/client';
import { tabIdFromSearch } from '../popup/tab-id';
import type { PanelDeps } from './deps';
import type { PanelTab, TabSource } from './follow-tab';
import { createPanelLink, PANEL_PORT } from './panel-link';
import { noStory, type StoryLookup } from './story';

type BrowserTab = { id?: number; windowId?: number; url?: string; status?: string };

const toPanelTab = (t: BrowserTab): PanelTab | null =>
  t.id == null || t.id < 0
    ? null
    : { id: t.id, windowId: t.windowId ?? -1, url: t.url ?? null, loading: t.status === 'loading' };

/** The browser's tabs and windows, as the panel follows them. */
function browserTabs(): TabSource {
  const listen = <A extends unknown[]>(
    event: {
      addListener(fn: (...args: A) => void): void;
      removeListener(fn: (...args: A) => void): void;
    },
    fn: (...args: A) => void,
  ) => {
    event.addListener(fn);
    return () => event.removeListener(fn);
  };
  return {
    selfTabId: async () => (await browser.tabs.getCurrent())?.id ?? null,
    windowId: async () => (await browser.windows.getCurrent()).id ?? null,
    activeTabs: async (windowId) =>
      (await browser.tabs.query(windowId === null ? { active: true } : { active: true, windowId }))
        .map(toPanelTab)
        .filter((t): t is PanelTab => t !== null),
    get: async (tabId) => toPanelTab(await browser.tabs.get(tabId)),
    onActivated: (fn) =>
      listen(browser.tabs.onActivated, (info: { tabId: number; windowId: number }) =>
        fn(info.tabId, info.windowId),
      ),
    onUpdated: (fn) =>
      listen(browser.tabs.onUpdated, (tabId: number, change: { status?: string; url?: string }) => {
        if (change.status || change.url) fn(tabId);
      }),
    onRemoved: (fn) => listen(browser.tabs.onRemoved, (tabId: number) => fn(tabId)),
  };
}

/** The side panel's real surroundings: the extension's database, its messaging, the browser's tabs. */
export function createBrowserDeps(view: Window, story: StoryLookup = noStory): PanelDeps {
  const timers = {
    setTimeout: (fn: () => void, ms: number) => view.setTimeout(fn, ms),
    clearTimeout: (id: number) => view.clearTimeout(id),
  };
  return {
    db: createDbAccessor(),
    pinnedTabId: tabIdFromSearch(view.location.search),
    tabs: browserTabs(),
    sendToTab,
    sendToBackground,
    subscribeChanges,
    connect: (onSelect) =>
      createPanelLink(() => browser.runtime.connect({ name: PANEL_PORT }), onSelect, timers),
    story,
    sleep: (ms) => new Promise((resolve) => view.setTimeout(resolve, ms)),
    ...timers,
  };
}
