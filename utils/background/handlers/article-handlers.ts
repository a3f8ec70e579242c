import { headOf } from '../../db/article-store';
import type { BackgroundDeps, HandlerGroup } from './context';

type ArticleType =
  | 'article/save'
  | 'tab/state'
  | 'article/note'
  | 'article/delete'
  | 'article/restore'
  | 'articles/delete'
  | 'articles/restore';

/**
 * Saved articles, from the extension's own pages. Answers carry the head or the address, never
 * the body; a deletion answers what it removed, for undo.
 */
export function articleHandlers(deps: BackgroundDeps): HandlerGroup<ArticleType> {
  const { owner } = deps;
  return {
    async 'article/save'({ tabId }) {
      return headOf(await deps.saveTab(tabId));
    },
    async 'tab/state'({ tabId }) {
      return deps.tabState(tabId);
    },
    async 'article/note'({ url, note }) {
      await owner.setArticleNote(url, note);
      return { url };
    },
    async 'article/delete'({ url }) {
      return owner.deleteArticle(url);
    },
    async 'article/restore'({ deleted }) {
      await owner.restoreArticle(deleted);
      return { url: deleted.article.url };
    },
    async 'articles/delete'({ urls }) {
      return owner.deleteArticles(urls);
    },
    async 'articles/restore'({ deleted }) {
      await owner.restoreArticles(deleted);
      return deleted.map((d) => d.article.url);
    },
  };
}
