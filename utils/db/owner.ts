import type { Article, ExportFile, Highlight, RelatedLink } from '../schemas';
import { change, EVERYTHING, type Change } from './changes';
import { saveArticle, saveArticleWithHighlight, setArticleNote } from './articles';
import { addHighlight, deleteHighlight, updateStoredHighlight } from './highlights';
import type { HighlightPatch } from './highlights';
import { setLinkForLater, setLinkRead } from './links';
import {
  deleteArticle,
  deleteArticles,
  restoreArticle,
  restoreArticles,
  type DeletedArticle,
} from './removal';
import { editTags, renameTags, setArticleTags, type TagEdit } from './tags';
import type { Db } from './schema';
import { importFile, wipe } from './transfer';
import { applySyncPlans } from './sync-store';
import type { Plan } from '../sync/book';
import type { StoredHighlight } from '../schemas';

export interface OwnerDeps {
  db: () => Promise<Db>;
  now: () => string;
  /** Hears every change, once its transaction has committed. */
  announce: (change: Change) => void;
}

/**
 * The one writer of the library. Each action is one transaction of `utils/db`; once it has
 * committed, the change is announced (the change feed), so every view and sync read it again.
 * Failures are thrown as they are and announce nothing: nothing was written.
 */
export function createOwner({ db, now, announce }: OwnerDeps) {
  async function write<R>(work: (db: Db) => Promise<R>, changed: (r: R) => Change): Promise<R> {
    const result = await work(await db());
    announce(changed(result));
    return result;
  }
  const ofArticle = (url: string, highlights: string[] = []) =>
    change({ articles: [url], highlights });

  return {
    saveArticle: (article: Article) =>
      write(
        (d) => saveArticle(d, article, now()),
        () => change({ articles: [article.url], links: article.related.map((r) => r.url) }),
      ),
    addHighlight: (article: Article, highlight: Highlight) =>
      write(
        (d) => saveArticleWithHighlight(d, article, highlight, now()),
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
        (d) => updateStoredHighlight(d, id, patch, now()),
        (h) => ofArticle(h.articleUrl, [id]),
      ),
    deleteHighlight: (id: string) =>
      write(
        (d) => deleteHighlight(d, id, now()),
        (h) => ofArticle(h.articleUrl, [id]),
      ),
    setArticleNote: (url: string, note: string) =>
      write(
        (d) => setArticleNote(d, url, note, now()),
        () => ofArticle(url),
      ),
    deleteArticle: (url: string) =>
      write(
        (d) => deleteArticle(d, url, now()),
        (gone) =>
          change({
            articles: [url],
            highlights: gone.highlights.map((h) => h.id),
            links: gone.links.map((l) => l.url),
          }),
      ),
    restoreArticle: (deleted: DeletedArticle) =>
      write(
        (d) => restoreArticle(d, deleted),
        () =>
          change({
            articles: [deleted.article.url],
            highlights: deleted.highlights.map((h) => h.id),
            links: deleted.links.map((l) => l.url),
          }),
      ),
    setArticleTags: (url: string, tags: string[]) =>
      write(
        (d) => setArticleTags(d, url, tags, now()),
        () => ofArticle(url),
      ),
    /** Add or remove tags on several articles (answers the urls that changed). */
    editTags: (urls: string[], edit: TagEdit) =>
      write(
        (d) => editTags(d, urls, edit, now()),
        (changed) => change({ articles: changed }),
      ),
    /** Rename (or merge) tags across the library (answers the urls that changed). */
    renameTags: (from: string[], to: string) =>
      write(
        (d) => renameTags(d, from, to, now()),
        (changed) => change({ articles: changed }),
      ),
    deleteArticles: (urls: string[]) =>
      write(
        (d) => deleteArticles(d, urls, now()),
        (gone) => removalChange(gone),
      ),
    restoreArticles: (deleted: DeletedArticle[]) =>
      write(
        (d) => restoreArticles(d, deleted),
        () => removalChange(deleted),
      ),
    setLinkForLater: (link: RelatedLink, keep: boolean) =>
      write(
        (d) => setLinkForLater(d, link, keep, now()),
        () => change({ links: [link.url] }),
      ),
    setLinkRead: (url: string, read: boolean) =>
      write(
        (d) => setLinkRead(d, url, read, now()),
        () => change({ links: [url] }),
      ),
    importFile: (file: ExportFile, onProgress?: (done: number, total: number) => void) =>
      write(
        (d) => importFile(d, file, onProgress),
        () => EVERYTHING,
      ),
    wipe: () =>
      write(
        (d) => wipe(d),
        () => EVERYTHING,
      ),
    /** Apply versions from the reader's other devices (sync), as one transaction. */
    applySync: (plans: readonly Plan[]) =>
      write(
        (d) => applySyncPlans(d, plans, now()),
        (applied) => ({ ...applied.change, source: 'sync' as const }),
      ),
    /** A write made elsewhere in the extension's origin (the import worker) has committed. */
    announce,
  };
}
export type Owner = ReturnType<typeof createOwner>;

function removalChange(gone: readonly DeletedArticle[]): Change {
  return change({
    articles: gone.map((g) => g.article.url),
    highlights: gone.flatMap((g) => g.highlights.map((h) => h.id)),
    links: gone.flatMap((g) => g.links.map((l) => l.url)),
  });
}
