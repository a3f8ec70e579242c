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
import type { HandlerMap } from '../messages/dispatch';
import type { BackgroundResponses, backgroundRequests } from '../messages/protocol';
import type { Article } from '../schemas/article';

export type BadgeState = 'saved' | 'quickread' | 'none';

export interface BackgroundDeps {
  db: () => Promise<Db>;
  now: () => string;
  /** Inject the annotator into one frame of a tab. */
  injectAnnotator: (tabId: number, frameId: number) => Promise<void>;
  /** Show on the toolbar icon what the extension knows of a tab's page. */
  setBadge: (tabId: number, state: BadgeState) => Promise<void>;
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
  return {
    async 'page/found'({ article }, { tabId }) {
      const saved = article ? await getArticle(await deps.db(), article.url) : null;
      await badge(tabId, article, saved != null);
      return null;
    },
    async 'page/annotate'(_data, { tabId, frameId }) {
      if (tabId == null) throw new Error('Only pages in tabs can be annotated.');
      await deps.injectAnnotator(tabId, frameId);
      return null;
    },
    async 'page/highlight-count'({ url }) {
      return countHighlights(await deps.db(), url);
    },
    async 'article/save'({ article, tabId }, sender) {
      const { article: saved } = await saveArticle(await deps.db(), article, deps.now());
      await badge(tabId ?? sender.tabId, article, true);
      return saved;
    },
    async 'page/highlights'({ url }) {
      return listHighlights(await deps.db(), url);
    },
    async 'highlight/add'({ article, highlight }, { tabId }) {
      await saveArticleWithHighlight(await deps.db(), article, highlight, deps.now());
      await badge(tabId, article, true);
      return highlight;
    },
    async 'highlight/update'({ id, note, color }) {
      return updateHighlight(await deps.db(), id, { note, color }, deps.now());
    },
    async 'highlight/delete'({ id }) {
      await deleteHighlight(await deps.db(), id);
      return null;
    },
  };
}
