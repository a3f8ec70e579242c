import type { Link, SavedArticle, StoredHighlight } from '../schemas';
import { articleNotFound } from './articles';
import { compareHighlights, toLink, toSavedArticle, toStoredHighlight, union } from './records';
import { detachLink } from './related';
import type { Db } from './schema';
import { bury, unbury } from './tombstones';
import { inTransaction } from './tx';

/** Everything a deletion removed or changed, enough to undo it. */
export interface DeletedArticle {
  article: SavedArticle;
  highlights: StoredHighlight[];
  /** The links that listed the article, as they were before the deletion. */
  links: Link[];
}

/**
 * Delete a saved article, its highlights, and its place in related links, in one transaction,
 * leaving tombstones (dated `now`) for the article and each of its highlights.
 */
export function deleteArticle(
  db: Db,
  url: string,
  now: string = new Date().toISOString(),
): Promise<DeletedArticle> {
  const stores = ['articles', 'highlights', 'links', 'tombstones'] as const;
  return inTransaction(db, [...stores], 'readwrite', async (tx) => {
    const tombstones = tx.objectStore('tombstones');
    const articles = tx.objectStore('articles');
    const highlights = tx.objectStore('highlights');
    const links = tx.objectStore('links');
    const article = await articles.get(url);
    if (!article) throw articleNotFound();
    const [ownHighlights, pointing] = await Promise.all([
      highlights.index('articleUrl').getAll(url),
      links.index('fromArticles').getAll(url),
    ]);
    await Promise.all([
      articles.delete(url),
      bury(tombstones, 'article', [url], now),
      bury(
        tombstones,
        'highlight',
        ownHighlights.map((h) => h.id),
        now,
      ),
      ...ownHighlights.map((h) => highlights.delete(h.id)),
      ...pointing.map((link) => detachLink(links, link, url)),
    ]);
    return {
      article: toSavedArticle(article),
      highlights: ownHighlights
        .sort(compareHighlights)
        .map((h) => toStoredHighlight(h, h.articleUrl)),
      links: pointing.map(toLink),
    };
  });
}

/**
 * Undo `deleteArticle`: puts the article, its highlights and its links back as they were. Should
 * the article have been saved again in the meantime, that newer save is kept; links keep any
 * change the reader made to them since (kept for later, read).
 */
export function restoreArticle(db: Db, deleted: DeletedArticle): Promise<SavedArticle> {
  const stores = ['articles', 'highlights', 'links', 'tombstones'] as const;
  return inTransaction(db, [...stores], 'readwrite', async (tx) => {
    const tombstones = tx.objectStore('tombstones');
    const articles = tx.objectStore('articles');
    const highlights = tx.objectStore('highlights');
    const links = tx.objectStore('links');
    const [current, currentLinks] = await Promise.all([
      articles.get(deleted.article.url),
      Promise.all(deleted.links.map((link) => links.get(link.url))),
    ]);
    const article = current ? toSavedArticle(current) : toSavedArticle(deleted.article);
    await Promise.all([
      unbury(tombstones, 'article', [deleted.article.url]),
      unbury(
        tombstones,
        'highlight',
        deleted.highlights.map((h) => h.id),
      ),
      current ? undefined : articles.put(article),
      ...deleted.highlights.map((h) => highlights.put(toStoredHighlight(h, h.articleUrl))),
      ...deleted.links.map((before, i) => {
        const after = currentLinks[i];
        const link = after
          ? { ...toLink(after), fromArticles: union(before.fromArticles, after.fromArticles) }
          : toLink(before);
        return links.put(link);
      }),
    ]);
    return article;
  });
}
