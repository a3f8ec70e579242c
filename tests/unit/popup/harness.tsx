import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { vi } from 'vitest';
import { article as baseArticle, related } from '../db/helpers';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/App';
import type { BadgeState } from '../../../utils/background/badge';
import { createBackgroundHandlers } from '../../../utils/background/handlers';
import { createDbAccessor, createOwner, type Change, type Db } from '../../../utils/db';
import { readFirstView } from '../../../utils/view/first-cards';
import { MessageError } from '../../../utils/messages/client';
import { dispatch } from '../../../utils/messages/dispatch';
import { CHANNEL } from '../../../utils/messages/envelope';
import { backgroundRequests, extensionOnlyRequests } from '../../../utils/messages/requests';
import type { PopupDeps } from '../../../utils/popup/deps';
import type { Article } from '../../../utils/schemas';
import { articlePreview } from '../../../utils/schemas/article-preview';
import { saveTab, type SaveTabDeps } from '../../../utils/background/save-tab';
import { tabState } from '../../../utils/background/tab-state';
import { articleOfAnswer } from '../../../utils/background/page-answer';
import type { ImportLine } from '../../../utils/transfer/import-client';
import { serveImportPort } from '../../../utils/transfer/import-host';
import { portPair } from '../transfer/port-pair';

/** What the tab answers to `tab/article`: the article without its body (the save asks for that). */
const card = (a: Article | null) => a && articlePreview(a);

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
  /** The popup's requests to the background (answered by the real handlers and data owner). */
  sendToBackground: ReturnType<typeof vi.fn>;
  /** What the popup asked the background besides `tab/state` (its reads of the tab). */
  requests: () => unknown[];
  /** The same background, asked by someone else (another window, the page). */
  background: PopupDeps['sendToBackground'];
  /** Every change the background announced, in order. */
  changes: Change[];
  /** Announce a change as the background would (to every subscribed view). */
  announce: (change: Change) => void;
  /** How many listeners the popup has on the change feed. */
  listeners: () => number;
  badges: { tabId: number; state: BadgeState }[];
  prefs: Map<string, string>;
  downloads: { name: string; blob: Blob }[];
  $: (testId: string) => HTMLElement | null;
  $$: (testId: string) => HTMLElement[];
  unmount: () => void;
}

export interface HarnessOptions {
  /** What the tab's page shows; `undefined`: the tab has no content script. */
  pageArticle?: Article | null;
  orphaned?: string[];
  /** The tab answers what its page shows only once this settles (a tab slow to answer). */
  pageAnswer?: Promise<unknown>;
  /** Saved data the popup finds when it opens. */
  seed?: (db: Db) => Promise<unknown>;
  /** Preferences kept from an earlier opening. */
  prefs?: Map<string, string>;
  /** Sees the database before the popup opens (to watch what it reads). */
  onDb?: (db: Db) => void;
  /** The boot script's read came in time: the popup's first render has the newest cards. */
  firstView?: boolean;
  /** Sees the popup's first render, before anything it started has answered. */
  onFirstRender?: (root: HTMLElement) => void;
}

/** The address of a tab whose page is not an article. */
const PLAIN_PAGE = 'https://news.example/plain-page';

const EXTENSION = { id: 'test-extension', origin: 'chrome-extension://test-extension/' };

/**
 * The background as the popup meets it: each request checked by the real dispatcher (schema,
 * extension-only requests), answered by the real handlers over the data owner, whose changes
 * reach the subscribed views a moment later, as a runtime message would.
 */
function fakeBackground(
  accessor: { get: () => Promise<Db> },
  /** What the scripted tab's page session answers to `tab/page-article`. */
  pageArticle: Article | null,
  /** The tab's page, as the background asks it (`tab/article`). */
  sendToTab: (tabId: number, type: string, data: unknown) => Promise<unknown>,
) {
  const listeners = new Set<(c: Change) => void>();
  const changes: Change[] = [];
  const badges: { tabId: number; state: BadgeState }[] = [];
  const announce = (c: Change) => {
    changes.push(c);
    setTimeout(() => listeners.forEach((l) => l(c)), 0);
  };
  const owner = createOwner({ db: () => accessor.get(), now: () => NOW.toISOString(), announce });
  const setBadge = async (tabId: number, state: BadgeState) => void badges.push({ tabId, state });
  const saving: SaveTabDeps = {
    pageArticle: async () => pageArticle,
    tabUrl: async () => pageArticle?.url ?? null,
    owner,
    saved: (tabId) => setBadge(tabId, 'saved'),
  };
  const handlers = createBackgroundHandlers({
    db: () => accessor.get(),
    owner,
    injectAnnotator: async () => undefined,
    setBadge,
    saveTab: (tabId) => saveTab(saving, tabId),
    // The real tab-state logic: the tab's address, and its page's card checked.
    tabState: (tabId) =>
      tabState(
        {
          tabUrl: async () => pageArticle?.url ?? PLAIN_PAGE,
          pageCard: async (id) => articleOfAnswer(await sendToTab(id, 'tab/article', {})),
        },
        tabId,
      ),
  });
  const send = (async (type: string, data: unknown) => {
    const sender = { id: EXTENSION.id, url: `${EXTENSION.origin}popup.html` };
    const message = { channel: CHANNEL, type, data };
    const policy = { origin: EXTENSION.origin, extensionOnly: extensionOnlyRequests };
    const reply = await dispatch(
      backgroundRequests,
      handlers,
      message,
      sender,
      EXTENSION.id,
      policy,
    );
    if (!reply) throw new MessageError(`No answer to ${type}`, 'no-answer');
    if (!reply.ok) throw new MessageError(reply.error, reply.code);
    return reply.value;
  }) as PopupDeps['sendToBackground'];
  const subscribe = (listener: (c: Change) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  // The background's import, served over a port pair as the browser would connect it.
  const staged = new Map<string, Blob>();
  const importLine: ImportLine = {
    stage: async (file) => {
      const id = `staged-${staged.size + 1}`;
      staged.set(id, file);
      return id;
    },
    connect: (name) => {
      const { page, background } = portPair(name, {
        id: EXTENSION.id,
        url: `${EXTENSION.origin}popup.html`,
      });
      serveImportPort(
        background,
        { id: EXTENSION.id, origin: EXTENSION.origin },
        {
          save: owner.importFile,
          readStaged: async (id) => staged.get(id) ?? null,
          dropStaged: async (id) => void staged.delete(id),
        },
      );
      return page;
    },
  };
  return {
    send,
    subscribe,
    announce,
    changes,
    badges,
    importLine,
    listeners: () => listeners.size,
  };
}

/** The popup rendered into happy-dom over a fresh in-memory database and a scripted tab. */
export async function mountPopup(options: HarnessOptions = {}): Promise<Harness> {
  installEnglish();
  const accessor = createDbAccessor('popup-test', new IDBFactory());
  const sendToTab = vi.fn(async (_tabId: number, type: string, data: unknown) => {
    if (options.pageArticle === undefined) throw new Error('Receiving end does not exist.');
    if (type === 'tab/article') {
      await options.pageAnswer;
      return { article: card(options.pageArticle) };
    }
    if (type === 'tab/anchors') return { anchored: [], orphaned: options.orphaned ?? [] };
    if (type === 'tab/scroll-to') return { found: true, data };
    return null;
  });
  const background = fakeBackground(accessor, options.pageArticle ?? null, sendToTab);
  const sendToBackground = vi.fn(background.send);
  const prefs = options.prefs ?? new Map<string, string>();
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
    subscribeChanges: background.subscribe,
    importLine: background.importLine,
    prefs: { get: (k) => prefs.get(k) ?? null, set: (k, v) => void prefs.set(k, v) },
    now: () => NOW,
    document,
    sleep: async () => undefined,
    openLibrary: async () => undefined,
  };
  await options.seed?.(await accessor.get());
  if (options.firstView)
    deps.firstCards = (await readFirstView(await accessor.get(), 'popup')).cards;
  options.onDb?.(await accessor.get());
  const root = document.createElement('div');
  document.body.append(root);
  render(<App deps={deps} />, root);
  options.onFirstRender?.(root);
  return {
    root,
    deps,
    db: () => accessor.get(),
    sendToTab,
    sendToBackground,
    requests: () => requestsBesidesTabState(sendToBackground),
    background: background.send,
    changes: background.changes,
    announce: background.announce,
    listeners: background.listeners,
    badges: background.badges,
    prefs,
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

/** The requests a view sent to the background, leaving out its reads of what the tab shows. */
export const requestsBesidesTabState = (send: { mock: { calls: unknown[][] } }): unknown[] =>
  send.mock.calls.map(([type]) => type).filter((type) => type !== 'tab/state');

/** Type into a field the way a reader does (one input event with the new value). */
export function typeInto(el: HTMLElement | null, value: string): void {
  const field = el as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function press(el: Element | null, key: string): void {
  el?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}
