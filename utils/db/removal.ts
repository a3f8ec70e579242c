import type { Link, SavedArticle, StoredHighlight } from '../schemas';
import { ARTICLE_STORES, writerOf, type ArticleWriter } from './article-store';
import { articleNotFound } from './articles';
import { mergeLink, RESTORE_PRECEDENCE } from './link-merge';
import { compareHighlights, toLink, toSavedArticle, toStoredHighlight } from './records';
import { detachLink } from './related';
import type { Db, WritableStore } from './schema';
import { bury, unbury } from './tombstones';
import { inTransaction } from './tx';

/** Everything a deletion removed or changed, enough to undo it. */
export interface DeletedArticle {
  article: SavedArticle;
  highlights: StoredHighlight[];
  /** The links that listed the article, as they were before the deletion. */
  links: Link[];
}

const STORES = [...ARTICLE_STORES, 'highlights', 'links', 'tombstones'] as const;

interface Stores {
  articles: ArticleWriter;
  highlights: WritableStore<'highlights'>;
  links: WritableStore<'links'>;
  tombstones: WritableStore<'tombstones'>;
}

function storesOf(tx: {
  objectStore<N extends (typeof STORES)[number]>(name: N): WritableStore<N>;
}): Stores {
  return {
    articles: writerOf(tx),
    highlights: tx.objectStore('highlights'),
    links: tx.objectStore('links'),
    tombstones: tx.objectStore('tombstones'),
  };
}

async function removeOne(
  { articles, highlights, links, tombstones }: Stores,
  url: string,
  now: string,
): Promise<DeletedArticle | null> {
  const article = await articles.get(url);
  if (!article) return null;
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
}

async function restoreOne(
  { articles, highlights, links, tombstones }: Stores,
  deleted: DeletedArticle,
): Promise<SavedArticle> {
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
    current ? articles.queue(article.url) : articles.put(article),
    ...deleted.highlights.map((h) => highlights.put(toStoredHighlight(h, h.articleUrl))),
    ...deleted.links.map((before, i) => {
      const after = currentLinks[i];
      const link = after ? mergeLink(before, after, RESTORE_PRECEDENCE) : toLink(before);
      return links.put(link);
    }),
  ]);
  return article;
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
  return inTransaction(db, [...STORES], 'readwrite', async (tx) => {
    const gone = await removeOne(storesOf(tx), url, now);
    if (!gone) throw articleNotFound();
    return gone;
  });
}

/**
 * Delete several saved articles in one transaction (all or nothing), as `deleteArticle` does
 * each; urls that are not saved are skipped. Answers what `restoreArticles` needs to undo it.
 */
export function deleteArticles(
  db: Db,
  urls: readonly string[],
  now: string,
): Promise<DeletedArticle[]> {
  return inTransaction(db, [...STORES], 'readwrite', async (tx) => {
    const stores = storesOf(tx);
    const out: DeletedArticle[] = [];
    // One after another: two articles may list the same link.
    for (const url of new Set(urls)) {
      const gone = await removeOne(stores, url, now);
      if (gone) out.push(gone);
    }
    return out;
  });
}

/**
 * Undo `deleteArticle`: puts the article, its highlights and its links back as they were. Should
 * the article have been saved again in the meantime, that newer save is kept; links keep any
 * change the reader made to them since (kept for later, read).
 */
export function restoreArticle(db: Db, deleted: DeletedArticle): Promise<SavedArticle> {
  return inTransaction(db, [...STORES], 'readwrite', (tx) => restoreOne(storesOf(tx), deleted));
}

/** Undo `deleteArticles`, in one transaction. */
export function restoreArticles(
  db: Db,
  deleted: readonly DeletedArticle[],
): Promise<SavedArticle[]> {
  return inTransaction(db, [...STORES], 'readwrite', async (tx) => {
    const stores = storesOf(tx);
    const out: SavedArticle[] = [];
    for (const d of deleted) out.push(await restoreOne(stores, d));
    return out;
  });
}
