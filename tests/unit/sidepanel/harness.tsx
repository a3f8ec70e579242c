import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { vi } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import { createDbAccessor, createOwner, type Change, type Db } from '../../../utils/db';
import type { Article } from '../../../utils/schemas';
import { articlePreview } from '../../../utils/schemas/article-preview';
import type { PanelDeps } from '../../../utils/sidepanel/deps';
import type { PanelTab, TabSource } from '../../../utils/sidepanel/follow-tab';
import type { StoryArticle } from '../../../utils/sidepanel/story';
import { at } from '../db/helpers';
import { tabState } from '../../../utils/background/tab-state';
import { articleOfAnswer } from '../../../utils/background/page-answer';
import { installEnglish, requestsBesidesTabState } from '../popup/harness';

export interface PanelOptions {
  tab?: Partial<PanelTab>;
  /** What the page's content script recognizes; `undefined`: it does not answer. */
  pageArticle?: Article | null;
  orphaned?: string[];
  /** Highlights the page painted but can no longer find when asked to scroll to them. */
  lost?: string[];
  seed?: (db: Db) => Promise<unknown>;
  story?: StoryArticle[];
}

/** Timers run by hand. */
export function manualTimers() {
  let next = 1;
  const due = new Map<number, () => void>();
  return {
    setTimeout: (fn: () => void) => (due.set(next, fn), next++),
    clearTimeout: (id: number) => void due.delete(id),
    /** Fire every timer due now. */
    run() {
      const fns = [...due.values()];
      due.clear();
      fns.forEach((fn) => fn());
    },
  };
}

export const settle = async (rounds = 5) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
};

/**
 * The side panel rendered into happy-dom over an in-memory database. Its background is a real
 * data owner whose announcements reach the panel as the change feed does.
 */
export async function mountPanel(options: PanelOptions = {}) {
  installEnglish();
  const accessor = createDbAccessor('panel-test', new IDBFactory());
  const listeners = new Set<(c: Change) => void>();
  let minute = 0;
  const owner = createOwner({
    db: () => accessor.get(),
    now: () => at(++minute),
    announce: (c) => listeners.forEach((fn) => fn(c)),
  });
  let tab: PanelTab = {
    id: 7,
    windowId: 1,
    url: 'https://news.example.com/articles/1',
    loading: false,
    ...options.tab,
  };
  const sendToTab = vi.fn(async (_tabId: number, type: string, data: { id?: string }) => {
    if (options.pageArticle === undefined) throw new Error('Receiving end does not exist.');
    if (type === 'tab/article')
      return { article: options.pageArticle && articlePreview(options.pageArticle) };
    if (type === 'tab/anchors') {
      const db = await accessor.get();
      const all = (await db.getAll('highlights')).map((h) => h.id);
      const orphaned = options.orphaned ?? [];
      return { anchored: all.filter((id) => !orphaned.includes(id)), orphaned };
    }
    if (type === 'tab/scroll-to') return { found: !options.lost?.includes(data.id ?? '') };
    return null;
  });
  const sendToBackground = vi.fn(async (type: string, data: unknown) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const d = data as any;
    // The background's one save path: the tab's own article, or the page as it is.
    if (type === 'article/save') {
      const saving = { ...pageOf(tab.url!), title: 'A page' };
      return (await owner.saveArticle(options.pageArticle ?? saving)).article;
    }
    // The real tab-state logic: the tab's own address, and its page's card checked.
    if (type === 'tab/state')
      return tabState(
        {
          tabUrl: async () => tab.url ?? null,
          pageCard: async (id) => articleOfAnswer(await sendToTab(id, 'tab/article', {})),
        },
        d.tabId,
      );
    if (type === 'article/note') return owner.setArticleNote(d.url, d.note);
    if (type === 'highlight/update')
      return owner.updateHighlight(d.id, { note: d.note, color: d.color, tags: d.tags });
    if (type === 'highlight/delete') return (void (await owner.deleteHighlight(d.id)), null);
    if (type === 'highlight/restore')
      return (void (await owner.restoreHighlight(d.highlight)), null);
    throw new Error(`unexpected ${type}`);
  });
  const selects: ((id: string) => void)[] = [];
  const follows: unknown[] = [];
  const timers = manualTimers();
  const activated = new Set<(tabId: number, windowId: number) => void>();
  const tabs: TabSource = {
    selfTabId: async () => null,
    windowId: async () => 1,
    activeTabs: async () => [tab],
    get: async () => tab,
    onActivated: (fn) => (activated.add(fn), () => void activated.delete(fn)),
    onUpdated: () => () => undefined,
    onRemoved: () => () => undefined,
  };
  const deps: PanelDeps = {
    db: accessor,
    pinnedTabId: null,
    tabs,
    sendToTab: sendToTab as unknown as PanelDeps['sendToTab'],
    sendToBackground: sendToBackground as unknown as PanelDeps['sendToBackground'],
    subscribeChanges: (fn) => (listeners.add(fn), () => void listeners.delete(fn)),
    connect: (onSelect) => {
      selects.push(onSelect);
      return { follow: (t) => void follows.push(t), close: () => undefined };
    },
    story: async () => options.story ?? [],
    sleep: async () => undefined,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
  };
  await options.seed?.(await accessor.get());
  const root = document.createElement('div');
  document.body.append(root);
  render(<App deps={deps} />, root);
  await settle(20);
  return {
    root,
    owner,
    timers,
    sendToTab,
    sendToBackground,
    /** What the panel asked the background besides `tab/state` (its reads of the tab). */
    requests: () => requestsBesidesTabState(sendToBackground),
    follows,
    listeners,
    /** The saved record of the tab's page. */
    db: async () => (await accessor.get()).get('articles', tab.url!),
    /** The reader activates another tab of the panel's window. */
    activate: async (next: PanelTab) => {
      tab = next;
      activated.forEach((fn) => fn(next.id, next.windowId));
      await settle(20);
    },
    /** The background forwards a click on a painted highlight. */
    select: (id: string) => selects.forEach((fn) => fn(id)),
    $: (id: string, within: ParentNode = root) =>
      within.querySelector<HTMLElement>(`[data-testid="${id}"]`),
    $$: (id: string, within: ParentNode = root) => [
      ...within.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
    ],
    unmount: () => {
      render(null, root);
      root.remove();
      accessor.close();
      vi.restoreAllMocks();
    },
  };
}
export type PanelHarness = Awaited<ReturnType<typeof mountPanel>>;

/** A page saved as it is (what "Save this page anyway" stores). */
function pageOf(url: string): Article {
  return {
    url,
    format: 'generic',
    title: url,
    publishedAt: null,
    source: null,
    summary: null,
    keywords: [],
    aiGenerated: false,
    bodyText: '',
    related: [],
  };
}

/** Type into a field the way a reader does (one input event with the new value). */
export function typeInto(el: HTMLElement | null, value: string): void {
  const field = el as HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
