import type { SavedArticle, StoredHighlight } from '../schemas';
import { forEachPage } from './pages';
import { compareHighlights, compareText, compareTime, groupByArticle } from './records';
import type { Db } from './schema';
import { inTransaction } from './tx';

/** What the saved list shows and searches for one article: everything but its body. */
export type ArticleCard = Pick<
  SavedArticle,
  | 'url'
  | 'title'
  | 'format'
  | 'publishedAt'
  | 'source'
  | 'summary'
  | 'keywords'
  | 'note'
  | 'savedAt'
  | 'updatedAt'
> & {
  highlightCount: number;
  /** The text and note of every highlight, in reading order, one per line. */
  highlightText: string;
};

function toCard(a: SavedArticle, highlights: StoredHighlight[] = []): ArticleCard {
  const lines: string[] = [];
  for (const h of highlights.sort(compareHighlights)) {
    lines.push(h.text);
    if (h.note) lines.push(h.note);
  }
  return {
    url: a.url,
    title: a.title,
    format: a.format,
    publishedAt: a.publishedAt,
    source: a.source,
    summary: a.summary,
    keywords: a.keywords,
    note: a.note,
    savedAt: a.savedAt,
    updatedAt: a.updatedAt,
    highlightCount: highlights.length,
    highlightText: lines.join('\n'),
  };
}

/** Every saved article as a card, most recently saved first (ties by url). */
export function listArticleCards(db: Db): Promise<ArticleCard[]> {
  return inTransaction(db, ['articles', 'highlights'], 'readonly', async (tx) => {
    const articles = tx.objectStore('articles');
    const byArticle = groupByArticle(await tx.objectStore('highlights').getAll());
    const cards: ArticleCard[] = [];
    await forEachPage(
      (range, count) => articles.getAll(range, count),
      (a) => a.url,
      (page) => {
        for (const a of page) cards.push(toCard(a, byArticle.get(a.url)));
      },
    );
    const savedAt = new Map(cards.map((c) => [c, Date.parse(c.savedAt)]));
    return cards.sort(
      (a, b) =>
        (savedAt.get(b) ?? 0) - (savedAt.get(a) ?? 0) ||
        compareTime(b.savedAt, a.savedAt) ||
        compareText(a.url, b.url),
    );
  });
}

/**
 * The `limit` most recently saved articles as cards, read through the `savedAt` index without
 * touching the rest: what the saved list shows first while the whole list loads.
 */
export function listRecentCards(
  db: Db,
  limit: number,
): Promise<{ cards: ArticleCard[]; total: number }> {
  return inTransaction(db, ['articles', 'highlights'], 'readonly', async (tx) => {
    const recent: SavedArticle[] = [];
    const store = tx.objectStore('articles');
    const total = await store.count();
    let cursor = await store.index('savedAt').openCursor(null, 'prev');
    while (cursor && recent.length < limit) {
      recent.push(cursor.value);
      cursor = await cursor.continue();
    }
    const byArticle = tx.objectStore('highlights').index('articleUrl');
    const highlights = await Promise.all(recent.map((a) => byArticle.getAll(a.url)));
    return { cards: recent.map((a, i) => toCard(a, highlights[i])), total };
  });
}

/**
 * The cards of the articles at `urls`, read through the keys alone (null for one no longer
 * saved): what a view reads again when a change concerns only a few articles.
 */
export function getArticleCards(
  db: Db,
  urls: readonly string[],
): Promise<Map<string, ArticleCard | null>> {
  return inTransaction(db, ['articles', 'highlights'], 'readonly', async (tx) => {
    const articles = tx.objectStore('articles');
    const byArticle = tx.objectStore('highlights').index('articleUrl');
    const read = await Promise.all(
      urls.map(async (url) => {
        const [a, hs] = await Promise.all([articles.get(url), byArticle.getAll(url)]);
        return [url, a ? toCard(a, hs) : null] as const;
      }),
    );
    return new Map(read);
  });
}
