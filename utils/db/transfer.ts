import type { ExportData } from '../schemas';
import {
  compareHighlights,
  compareText,
  groupByArticle,
  toHighlight,
  toLink,
  toSavedArticle,
} from './records';
import type { Db } from './schema';
import { inTransaction } from './tx';
import { ARTICLE_STORES, readerOf, writerOf } from './article-store';

export type { ExportData } from '../schemas';

/**
 * Everything saved, read in one transaction: articles by url, the highlights of each in reading
 * order (`compareHighlights`), links by url. Highlights whose article is not saved are not
 * part of an export: the file nests highlights under their article.
 */
export function exportAll(db: Db): Promise<ExportData> {
  return inTransaction(db, [...ARTICLE_STORES, 'highlights', 'links'], 'readonly', async (tx) => {
    const [articles, highlights, links] = await Promise.all([
      readerOf(tx).getAll(),
      tx.objectStore('highlights').getAll(),
      tx.objectStore('links').getAll(),
    ]);
    const byArticle = groupByArticle(highlights);
    return {
      articles: articles
        .sort((a, b) => compareText(a.url, b.url))
        .map((a) => ({
          ...toSavedArticle(a),
          highlights: (byArticle.get(a.url) ?? []).sort(compareHighlights).map(toHighlight),
        })),
      links: links.sort((a, b) => compareText(a.url, b.url)).map(toLink),
    };
  });
}

/** Delete everything saved, in one transaction. */
export function wipe(db: Db): Promise<void> {
  const stores = [...ARTICLE_STORES, 'highlights', 'links', 'tombstones'] as const;
  return inTransaction(db, [...stores], 'readwrite', async (tx) => {
    await Promise.all([
      tx.objectStore('tombstones').clear(),
      writerOf(tx).clear(),
      tx.objectStore('highlights').clear(),
      tx.objectStore('links').clear(),
    ]);
  });
}
