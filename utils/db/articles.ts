import type { Article, Highlight, SavedArticle } from '../schemas';
import { ARTICLE_STORES, headOf, readerOf, writerOf, type ArticleWriter } from './article-store';
import { DbError } from './errors';
import { toArticle, toHighlight, toSavedArticle, toStoredHighlight } from './records';
import { syncRelatedLinks } from './related';
import type { Db, WritableStore } from './schema';
import { unbury } from './tombstones';
import { inTransaction, settleLater } from './tx';

export interface SaveResult {
  article: SavedArticle;
  /** False when the article was already saved and has been refreshed. */
  created: boolean;
}

export const articleNotFound = () => new DbError('not-found', 'This article is no longer saved.');

/** Store `article`, keeping the save date and note of an earlier save of the same url. */
async function upsertArticle(
  articles: ArticleWriter,
  links: WritableStore<'links'>,
  article: Article,
  now: string,
): Promise<SaveResult> {
  const existing = await articles.heads.get(article.url);
  const saved: SavedArticle = toSavedArticle({
    ...toArticle(article),
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
    note: existing?.note ?? '',
    tags: existing?.tags,
  });
  await Promise.all([articles.put(saved), syncRelatedLinks(links, article)]);
  return { article: saved, created: !existing };
}

/**
 * Save an article (or refresh it when its url is saved already) together with its related links,
 * in one transaction.
 */
export function saveArticle(db: Db, article: Article, now: string): Promise<SaveResult> {
  return inTransaction(db, [...ARTICLE_STORES, 'links', 'tombstones'], 'readwrite', async (tx) => {
    const [result] = await Promise.all([
      upsertArticle(writerOf(tx), tx.objectStore('links'), article, now),
      unbury(tx.objectStore('tombstones'), 'article', [article.url]),
    ]);
    return result;
  });
}

export interface SaveWithHighlightResult extends SaveResult {
  highlight: Highlight;
}

/**
 * Highlight a passage of an article, saving the article first when it is not saved yet. An article
 * that is already saved is left as it is, but for its `updatedAt`.
 */
export function saveArticleWithHighlight(
  db: Db,
  article: Article,
  highlight: Highlight,
  now: string,
): Promise<SaveWithHighlightResult> {
  return inTransaction(
    db,
    [...ARTICLE_STORES, 'links', 'highlights', 'tombstones'],
    'readwrite',
    async (tx) => {
      const articles = writerOf(tx);
      const tombstones = tx.objectStore('tombstones');
      settleLater(unbury(tombstones, 'article', [article.url]));
      settleLater(unbury(tombstones, 'highlight', [highlight.id]));
      const stored = toStoredHighlight(highlight, article.url);
      const existing = await articles.get(article.url);
      let result: SaveResult;
      if (existing) {
        result = { article: { ...toSavedArticle(existing), updatedAt: now }, created: false };
        await articles.heads.put(headOf(result.article));
      } else {
        result = await upsertArticle(articles, tx.objectStore('links'), article, now);
      }
      await tx.objectStore('highlights').put(stored);
      return { ...result, highlight: toHighlight(stored) };
    },
  );
}

/** The saved article at `url`, or null. */
export function getArticle(db: Db, url: string): Promise<SavedArticle | null> {
  return inTransaction(db, [...ARTICLE_STORES], 'readonly', async (tx) => {
    const found = await readerOf(tx).get(url);
    return found ? toSavedArticle(found) : null;
  });
}

/** Replace the reader's note on a saved article. */
export function setArticleNote(
  db: Db,
  url: string,
  note: string,
  now: string,
): Promise<SavedArticle> {
  return inTransaction(db, [...ARTICLE_STORES], 'readwrite', async (tx) => {
    const articles = writerOf(tx);
    const existing = await articles.get(url);
    if (!existing) throw articleNotFound();
    const updated = { ...toSavedArticle(existing), note, updatedAt: now };
    await articles.heads.put(headOf(updated));
    return updated;
  });
}
