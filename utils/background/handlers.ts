import {
  countHighlights,
  getArticle,
  listHighlights,
  saveArticle,
  saveArticleWithHighlight,
  updateHighlight,
  deleteHighlight,
  type Db,
} from '../db';
import type { DispatchContext, HandlerMap } from '../messages/dispatch';
import type { BackgroundResponses, backgroundRequests } from '../messages/protocol';
import type { Article } from '../schemas/article';
import { pageKey } from './page-key';
import { Refusal, type PageUi } from './page-ui';

export type BadgeState = 'saved' | 'quickread' | 'none';

export interface BackgroundDeps {
  db: () => Promise<Db>;
  now: () => string;
  /** Inject the annotator into one frame of a tab. */
  injectAnnotator: (tabId: number, frameId: number) => Promise<void>;
  /** Show on the toolbar icon what the extension knows of a tab's page. */
  setBadge: (tabId: number, state: BadgeState) => Promise<void>;
  /** The address a tab shows (null when it cannot be known). */
  tabUrl: (tabId: number) => Promise<string | null>;
  /** The in-page highlight UI (toolbar and editor in the extension frame). */
  pageUi: Pick<PageUi, 'handlers'>;
}

const refuse = (why: string) => new Refusal(`Refused: ${why}`);

/**
 * The address a request may act on: a content script's own page (its canonical URL only where
 * the two agree); an extension page may name any address.
 */
function keyFor(ctx: DispatchContext, claimed: string | null): string {
  if (ctx.extensionPage) {
    if (!claimed) throw refuse('no address');
    return claimed;
  }
  const key = pageKey(ctx.url, claimed);
  if (!key) throw refuse('not an http(s) page');
  return key;
}

/** What the toolbar badge says for a page: saved, a recognized quick-read article, or nothing. */
export function badgeFor(article: Article | null, saved: boolean): BadgeState {
  if (saved) return 'saved';
  return article?.format === 'quickread' ? 'quickread' : 'none';
}

/** The background's answers to every request of the protocol: plain async functions. */
export function createBackgroundHandlers(
  deps: BackgroundDeps,
): HandlerMap<typeof backgroundRequests, BackgroundResponses> {
  async function badge(tabId: number | null, article: Article | null, saved: boolean) {
    if (tabId != null) await deps.setBadge(tabId, badgeFor(article, saved));
  }
  /** A content script's highlight: only one of its own page. */
  async function checkOwnHighlight(id: string, ctx: DispatchContext) {
    if (ctx.extensionPage) return;
    const key = keyFor(ctx, null);
    const own = await listHighlights(await deps.db(), key);
    if (!own.some((h) => h.id === id)) throw refuse('not a highlight of this page');
  }

  /** The article to save under the address it may be saved under. */
  async function ownArticle(article: Article, tabId: number | undefined, ctx: DispatchContext) {
    if (tabId !== undefined && !ctx.extensionPage) throw refuse('a page cannot name a tab');
    if (!ctx.extensionPage) return { ...article, url: keyFor(ctx, article.url) };
    if (tabId === undefined) return article;
    const url = await deps.tabUrl(tabId);
    const key = url ? pageKey(url, article.url) : null;
    if (!key) throw refuse('the tab does not show an http(s) page');
    return { ...article, url: key };
  }

  return {
    ...deps.pageUi.handlers,
    async 'page/found'({ article }, ctx) {
      const own = article && { ...article, url: keyFor(ctx, article.url) };
      const saved = own ? await getArticle(await deps.db(), own.url) : null;
      await badge(ctx.tabId, own, saved != null);
      return null;
    },
    async 'page/annotate'(_data, { tabId, frameId }) {
      if (tabId == null) throw new Error('Only pages in tabs can be annotated.');
      await deps.injectAnnotator(tabId, frameId);
      return null;
    },
    async 'page/highlight-count'({ url }, ctx) {
      return countHighlights(await deps.db(), keyFor(ctx, url));
    },
    async 'article/save'({ article, tabId }, ctx) {
      const own = await ownArticle(article, tabId, ctx);
      const { article: saved } = await saveArticle(await deps.db(), own, deps.now());
      await badge(tabId ?? ctx.tabId, own, true);
      return saved;
    },
    async 'page/highlights'({ url }, ctx) {
      const found = await listHighlights(await deps.db(), keyFor(ctx, url));
      // Locations only: the page never receives a note.
      return found.map(({ id, color, selector }) => ({ id, color, selector }));
    },
    async 'highlight/add'({ article, highlight }, ctx) {
      if (!ctx.extensionPage) throw refuse('pages add highlights through the reader only');
      await saveArticleWithHighlight(await deps.db(), article, highlight, deps.now());
      await badge(ctx.tabId, article, true);
      return highlight;
    },
    async 'highlight/update'({ id, note, color }, ctx) {
      await checkOwnHighlight(id, ctx);
      return updateHighlight(await deps.db(), id, { note, color }, deps.now());
    },
    async 'highlight/delete'({ id }, ctx) {
      await checkOwnHighlight(id, ctx);
      await deleteHighlight(await deps.db(), id);
      return null;
    },
  };
}
