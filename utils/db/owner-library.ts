import type { ExportFile, RelatedLink } from '../schemas';
import { change, EVERYTHING, type Change } from './changes';
import { setLinkForLater, setLinkRead } from './links';
import type { OwnerWrite } from './owner-write';
import {
  deleteArticle,
  deleteArticles,
  restoreArticle,
  restoreArticles,
  type DeletedArticle,
} from './removal';
import { editTags, renameTags, type TagEdit } from './tags';
import { importFile } from './import-merge';
import { wipe } from './transfer';

function removalChange(gone: readonly DeletedArticle[]): Change {
  return change({
    articles: gone.map((g) => g.article.url),
    highlights: gone.flatMap((g) => g.highlights.map((h) => h.id)),
    links: gone.flatMap((g) => g.links.map((l) => l.url)),
  });
}

/** The owner's writes of many articles at once: deletions and their undo, tags across the library. */
function removalWrites(write: OwnerWrite) {
  return {
    deleteArticle: (url: string) =>
      write(
        (d, now) => deleteArticle(d, url, now),
        (gone) => removalChange([gone]),
      ),
    restoreArticle: (deleted: DeletedArticle) =>
      write(
        (d) => restoreArticle(d, deleted),
        () => removalChange([deleted]),
      ),
    deleteArticles: (urls: string[]) =>
      write(
        (d, now) => deleteArticles(d, urls, now),
        (gone) => removalChange(gone),
      ),
    restoreArticles: (deleted: DeletedArticle[]) =>
      write(
        (d) => restoreArticles(d, deleted),
        () => removalChange(deleted),
      ),
    /** Add or remove tags on several articles (answers the urls that changed). */
    editTags: (urls: string[], edit: TagEdit) =>
      write(
        (d, now) => editTags(d, urls, edit, now),
        (changed) => change({ articles: changed }),
      ),
    /** Rename (or merge) tags across the library (answers the urls that changed). */
    renameTags: (from: string[], to: string) =>
      write(
        (d, now) => renameTags(d, from, to, now),
        (changed) => change({ articles: changed }),
      ),
  };
}

/** The owner's writes of the library as a whole: related links, import and wipe. */
export function libraryWrites(write: OwnerWrite) {
  return {
    ...removalWrites(write),
    setLinkForLater: (link: RelatedLink, keep: boolean) =>
      write(
        (d, now) => setLinkForLater(d, link, keep, now),
        () => change({ links: [link.url] }),
      ),
    setLinkRead: (url: string, read: boolean) =>
      write(
        (d, now) => setLinkRead(d, url, read, now),
        () => change({ links: [url] }),
      ),
    /** Merge a checked export file, in one transaction; every view reads everything again. */
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
  };
}
