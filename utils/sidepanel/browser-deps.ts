import { browser } from 'wxt/browser';
import { createDbAccessor } from '../db';
import { subscribeChanges } from '../messages/broadcasts';
import { sendToBackground, sendToTab } from '../messages/client';
import { tabIdFromSearch } from '../view/tab-id';
import type { PanelDeps } from './deps';
import type { PanelTab, TabSource } from './follow-tab';
import { PANEL_PORT } from '../messages/envelope';
import { createPanelLink } from './panel-link';
import { createStoryClient } from '../clusters/story-client';
import { createStoryLookup, localStoryEngine } from './story-lookup';

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

/** "On this story", computed by the story worker, kept up to date from the change feed. */
function browserStories(view: Window, db: PanelDeps['db']) {
  const engine =
    typeof (view as { Worker?: unknown }).Worker === 'function'
      ? createStoryClient(
          new Worker(new URL('../clusters/story.worker.ts', import.meta.url), { type: 'module' }),
        )
      : localStoryEngine();
  const stories = createStoryLookup(db, engine);
  subscribeChanges(stories.hear);
  return stories.lookup;
}

/** The side panel's real surroundings: the extension's database, its messaging, the browser's tabs. */
export function createBrowserDeps(view: Window): PanelDeps {
  const db = createDbAccessor();
  const timers = {
    setTimeout: (fn: () => void, ms: number) => view.setTimeout(fn, ms),
    clearTimeout: (id: number) => view.clearTimeout(id),
  };
  return {
    db,
    pinnedTabId: tabIdFromSearch(view.location.search),
    tabs: browserTabs(),
    sendToTab,
    sendToBackground,
    subscribeChanges,
    connect: (onSelect) =>
      createPanelLink(() => browser.runtime.connect({ name: PANEL_PORT }), onSelect, timers),
    story: browserStories(view, db),
    sleep: (ms) => new Promise((resolve) => view.setTimeout(resolve, ms)),
    ...timers,
  };
}
