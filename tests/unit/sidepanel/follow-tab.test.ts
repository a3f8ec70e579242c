import { describe, expect, it } from 'vitest';
import { followTab, type PanelTab, type TabSource } from '../../../utils/sidepanel/follow-tab';

type Listener<A extends unknown[]> = (...args: A) => void;

/** Tabs in windows, with the browser's three events fired by hand. */
function fakeTabs(tabs: PanelTab[], opts: { selfTabId?: number; windowId?: number } = {}) {
  const activated = new Set<Listener<[number, number]>>();
  const updated = new Set<Listener<[number]>>();
  const removed = new Set<Listener<[number]>>();
  const active = new Map<number, number>(); // window → tab
  for (const t of tabs) if (!active.has(t.windowId)) active.set(t.windowId, t.id);
  const on =
    <A extends unknown[]>(set: Set<Listener<A>>) =>
    (fn: Listener<A>) => {
      set.add(fn);
      return () => void set.delete(fn);
    };
  const source: TabSource = {
    selfTabId: async () => opts.selfTabId ?? null,
    windowId: async () => opts.windowId ?? 1,
    activeTabs: async (windowId) =>
      tabs.filter(
        (t) => active.get(t.windowId) === t.id && (windowId === null || t.windowId === windowId),
      ),
    get: async (id) => tabs.find((t) => t.id === id) ?? null,
    onActivated: on(activated),
    onUpdated: on(updated),
    onRemoved: on(removed),
  };
  return {
    source,
    activate(tabId: number) {
      const tab = tabs.find((t) => t.id === tabId)!;
      active.set(tab.windowId, tabId);
      activated.forEach((fn) => fn(tabId, tab.windowId));
    },
    update(tabId: number, patch: Partial<PanelTab>) {
      Object.assign(
        tabs.find((t) => t.id === tabId)!,
        patch,
      );
      updated.forEach((fn) => fn(tabId));
    },
    remove: (tabId: number) => removed.forEach((fn) => fn(tabId)),
    listeners: () => activated.size + updated.size + removed.size,
  };
}

const tab = (id: number, windowId = 1, url = `https://news.example.com/${id}`): PanelTab => ({
  id,
  windowId,
  url,
  loading: false,
});
const settle = () => new Promise((r) => setTimeout(r, 0));

function record(source: TabSource, pinned: number | null = null) {
  const seen: (number | null)[] = [];
  const stop = followTab(source, pinned, (t) => seen.push(t?.id ?? null));
  return { seen, stop };
}

describe('the tab the side panel follows', () => {
  it('starts on the active tab of its window and follows the tabs the reader activates there', async () => {
    const tabs = fakeTabs([tab(1), tab(2), tab(3, 2)]);
    const { seen } = record(tabs.source);
    await settle();
    expect(seen).toEqual([1]);
    tabs.activate(2);
    await settle();
    tabs.activate(3); // another window: that window's panel follows it, not this one
    await settle();
    expect(seen).toEqual([1, 2]);
  });

  it('opened as a page itself, follows the tab activated in any window but never itself', async () => {
    const tabs = fakeTabs([tab(9, 2, 'chrome-extension://x/sidepanel.html'), tab(1), tab(3, 3)], {
      selfTabId: 9,
    });
    const { seen } = record(tabs.source);
    await settle();
    expect(seen).toEqual([1]);
    tabs.activate(3);
    await settle();
    tabs.activate(9);
    await settle();
    expect(seen).toEqual([1, 3]);
  });

  it('reads its tab again when it loads or moves, and shows nothing once it is closed', async () => {
    const tabs = fakeTabs([tab(1), tab(2)]);
    const { seen } = record(tabs.source);
    await settle();
    tabs.update(2, { loading: true }); // not the followed tab
    tabs.update(1, { url: 'https://news.example.com/next' });
    await settle();
    expect(seen).toEqual([1, 1]);
    tabs.remove(2);
    tabs.remove(1);
    await settle();
    expect(seen).toEqual([1, 1, null]);
  });

  it('pinned to a tab (?tabId=N), ignores activations and follows only that tab', async () => {
    const tabs = fakeTabs([tab(1), tab(2)]);
    const { seen } = record(tabs.source, 2);
    await settle();
    tabs.activate(1);
    tabs.update(2, { loading: true });
    await settle();
    expect(seen).toEqual([2, 2]);
  });

  it('a tab activated while the previous one is still being read wins', async () => {
    const tabs = fakeTabs([tab(1), tab(2)]);
    const slow = tabs.source.get;
    tabs.source.get = async (id) => {
      if (id === 1) await new Promise((r) => setTimeout(r, 20));
      return slow(id);
    };
    const { seen } = record(tabs.source);
    await settle();
    tabs.activate(1);
    await settle();
    tabs.activate(2);
    await new Promise((r) => setTimeout(r, 40));
    expect(seen.at(-1)).toBe(2);
    expect(seen).not.toContain(null);
  });

  it('stops listening when stopped', async () => {
    const tabs = fakeTabs([tab(1), tab(2)]);
    const { seen, stop } = record(tabs.source);
    await settle();
    expect(tabs.listeners()).toBe(3);
    stop();
    expect(tabs.listeners()).toBe(0);
    tabs.activate(2);
    await settle();
    expect(seen).toEqual([1]);
  });
});
