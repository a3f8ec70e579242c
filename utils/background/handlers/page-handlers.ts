import { countHighlights, getArticle, listHighlights } from '../../db';
import { badgeFor } from '../badge';
import type { Article } from '../../schemas/article';
import { keyFor, type BackgroundDeps, type HandlerGroup } from './context';

/** Repaint a tab's badge for the article it shows (and remember what it shows). */
export async function badgeTab(
  deps: BackgroundDeps,
  tabId: number | null,
  article: Pick<Article, 'url' | 'format'> | null,
  saved: boolean,
): Promise<void> {
  if (tabId == null) return;
  if (article) deps.notePage?.(tabId, article.url, article.format);
  await deps.setBadge(tabId, badgeFor(article, saved));
}

type PageType = 'page/found' | 'page/annotate' | 'page/highlight-count' | 'page/highlights';

/** The page's content script: what it found, and where the reader's highlights are on it. */
export function pageHandlers(deps: BackgroundDeps): HandlerGroup<PageType> {
  return {
    async 'page/found'({ article }, ctx) {
      const own = article && { ...article, url: keyFor(ctx, article.url) };
      const saved = own ? await getArticle(await deps.db(), own.url) : null;
      await badgeTab(deps, ctx.tabId, own, saved != null);
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
    async 'page/highlights'({ url }, ctx) {
      const found = await listHighlights(await deps.db(), keyFor(ctx, url));
      // Locations only: the page never receives a note.
      return found.map(({ id, color, selector }) => ({ id, color, selector }));
    },
  };
}
