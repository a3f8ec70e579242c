import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { vi } from 'vitest';
import { article as baseArticle, related } from '../db/helpers';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/App';
import { createDbAccessor, saveArticle, type Db } from '../../../utils/db';
import type { PopupDeps } from '../../../utils/popup/deps';
import type { Article } from '../../../utils/schemas';

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** `browser.i18n.getMessage` over the English messages, with Chrome's placeholder rules. */
export function installEnglish(): void {
  const file = resolve(__dirname, '../../../public/_locales/en/messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Messages;
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) => {
        return entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      })
      .replace(/\$(\d)/g, (_m, n: string) => args[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

export const NOW = new Date('2025-03-04T12:00:00.000Z');

export { related };

/** A saved-article fixture as the popup tests use it: with two related links. */
export function article(n: number, overrides: Partial<Article> = {}): Article {
  return baseArticle(n, {
    publishedAt: '2025-01-14',
    bodyText: `正文 ${n}`,
    related: [related(1), related(2)],
    ...overrides,
  });
}

export interface Harness {
  root: HTMLElement;
  deps: PopupDeps;
  db: () => Promise<Db>;
  sendToTab: ReturnType<typeof vi.fn>;
  sendToBackground: ReturnType<typeof vi.fn>;
  downloads: { name: string; blob: Blob }[];
  $: (testId: string) => HTMLElement | null;
  $$: (testId: string) => HTMLElement[];
  unmount: () => void;
}

export interface HarnessOptions {
  /** What the tab's page shows; `undefined`: the tab has no content script. */
  pageArticle?: Article | null;
  orphaned?: string[];
  /** Saved data the popup finds when it opens. */
  seed?: (db: Db) => Promise<unknown>;
}

/** The popup rendered into happy-dom over a fresh in-memory database and a scripted tab. */
export async function mountPopup(options: HarnessOptions = {}): Promise<Harness> {
  installEnglish();
  const accessor = createDbAccessor('popup-test', new IDBFactory());
  const sendToTab = vi.fn(async (_tabId: number, type: string, data: unknown) => {
    if (options.pageArticle === undefined) throw new Error('Receiving end does not exist.');
    if (type === 'tab/article') return { article: options.pageArticle };
    if (type === 'tab/anchors') return { anchored: [], orphaned: options.orphaned ?? [] };
    if (type === 'tab/scroll-to') return { found: true, data };
    return null;
  });
  const sendToBackground = vi.fn(async (type: string, data: { article: Article }) => {
    if (type !== 'article/save') throw new Error(`unexpected ${type}`);
    return (await saveArticle(await accessor.get(), data.article, NOW.toISOString())).article;
  });
  const downloads: Harness['downloads'] = [];
  const view = document.defaultView!;
  vi.spyOn(view.URL, 'createObjectURL').mockImplementation((blob) => {
    downloads.push({ name: '', blob: blob as Blob });
    return 'blob:download';
  });
  vi.spyOn(view.URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const onClick = (e: Event) => {
    const a = e.target as HTMLAnchorElement;
    if (a.tagName === 'A' && a.download) {
      e.preventDefault();
      downloads[downloads.length - 1]!.name = a.download;
    }
  };
  document.addEventListener('click', onClick, true);
  const deps: PopupDeps = {
    db: accessor,
    tabId: async () => 7,
    sendToTab: sendToTab as unknown as PopupDeps['sendToTab'],
    sendToBackground: sendToBackground as unknown as PopupDeps['sendToBackground'],
    now: () => NOW,
    document,
    sleep: async () => undefined,
    openLibrary: async () => undefined,
  };
  await options.seed?.(await accessor.get());
  const root = document.createElement('div');
  document.body.append(root);
  render(<App deps={deps} />, root);
  return {
    root,
    deps,
    db: () => accessor.get(),
    sendToTab,
    sendToBackground,
    downloads,
    $: (id) => root.querySelector(`[data-testid="${id}"]`),
    $$: (id) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    unmount: () => {
      render(null, root);
      root.remove();
      document.removeEventListener('click', onClick, true);
      accessor.close();
      vi.restoreAllMocks();
    },
  };
}

/** Type into a field the way a reader does (one input event with the new value). */
export function typeInto(el: HTMLElement | null, value: string): void {
  const field = el as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function press(el: Element | null, key: string): void {
  el?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}
