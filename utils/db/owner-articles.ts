import type { Article, Highlight, StoredHighlight } from '../schemas';
import { saveArticle, saveArticleWithHighlight, setArticleNote } from './articles';
import { change } from './changes';
import { addHighlight, deleteHighlight, updateStoredHighlight } from './highlights';
import type { HighlightPatch } from './highlights';
import type { OwnerWrite } from './owner-write';
import { setArticleTags } from './tags';

const ofArticle = (url: string, highlights: string[] = []) =>
  change({ articles: [url], highlights });

/** The owner's writes of one article: saving it, its highlights, its note and its tags. */
export function articleWrites(write: OwnerWrite) {
  return {
    saveArticle: (article: Article) =>
      write(
        (d, now) => saveArticle(d, article, now),
        () => change({ articles: [article.url], links: article.related.map((r) => r.url) }),
      ),
    addHighlight: (article: Article, highlight: Highlight) =>
      write(
        (d, now) => saveArticleWithHighlight(d, article, highlight, now),
        () => ofArticle(article.url, [highlight.id]),
      ),
    /** Put back a highlight as `deleteHighlight` returned it (undo). */
    restoreHighlight: (highlight: StoredHighlight) =>
      write(
        (d) => addHighlight(d, highlight.articleUrl, highlight),
        () => ofArticle(highlight.articleUrl, [highlight.id]),
      ),
    updateHighlight: (id: string, patch: HighlightPatch) =>
      write(
        (d, now) => updateStoredHighlight(d, id, patch, now),
        (h) => ofArticle(h.articleUrl, [id]),
      ),
    deleteHighlight: (id: string) =>
      write(
        (d, now) => deleteHighlight(d, id, now),
        (h) => ofArticle(h.articleUrl, [id]),
      ),
    setArticleNote: (url: string, note: string) =>
      write(
        (d, now) => setArticleNote(d, url, note, now),
        () => ofArticle(url),
      ),
    setArticleTags: (url: string, tags: string[]) =>
      write(
        (d, now) => setArticleTags(d, url, tags, now),
        () => ofArticle(url),
      ),
  };
}
