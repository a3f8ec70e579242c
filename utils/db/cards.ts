import type { SavedArticle, StoredHighlight } from '../schemas';
import { haystackOf } from '../search';
import { listAllHighlights } from './highlights';
import { readStoreApart } from './pages';
import { compareHighlights, compareText, compareTime, groupByArticle } from './records';
import type { IDBPIndex } from 'idb';
import type { AnnotatorSchema, ArticleHead, Db } from './schema';
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
  /** The reader's own tags (none: empty). */
  tags: string[];
  highlightCount: number;
  /** How many of its highlights carry a note. */
  highlightNoteCount: number;
  /** When each highlight was made, in reading order. */
  highlightTimes: string[];
  /** The text and note of every highlight, in reading order, one per line. */
  highlightText: string;
};

export function toCard(a: ArticleHead, highlights: StoredHighlight[] = []): ArticleCard {
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
    tags: a.tags ? [...a.tags] : [],
    highlightCount: highlights.length,
    highlightNoteCount: highlights.filter((h) => h.note.trim() !== '').length,
    highlightTimes: highlights.map((h) => h.createdAt),
    highlightText: lines.join('\n'),
  };
}

/**
 * Everything search reads of a saved article, folded, one field per line: its card's text (title,
 * summary, keywords, tags, note, highlights and their notes) and its body. What the search index
 * indexes (`body-index.ts`), and what a search reads of an article not indexed yet.
 */
export function searchTextOf(
  head: ArticleHead,
  highlights: StoredHighlight[],
  body: string | undefined,
): string {
  return haystackOf({ ...toCard(head, highlights), bodyText: body ?? '' });
}

/**
 * Most recently saved first, ties by url, the later first: the order of every list of saved
 * articles, and the `savedAt` index's order read backwards (`listSavedUrls`).
 */
const newestFirst = (a: Pick<SavedArticle, 'savedAt' | 'url'>, b: typeof a) =>
  compareTime(b.savedAt, a.savedAt) || compareText(b.url, a.url);

/**
 * Every saved article as a card, most recently saved first (ties by url). Read a page per
 * transaction (`readStoreApart`): a page closed while reading does not hold up the next one.
 * `each` hears every card as its page comes in, while the next page is read.
 */
export async function listArticleCards(
  db: Db,
  each: (card: ArticleCard) => void = () => undefined,
): Promise<ArticleCard[]> {
  const byArticle = groupByArticle(await listAllHighlights(db));
  const cards = await readStoreApart(db, 'articles', (a) => {
    const card = toCard(a, byArticle.get(a.url));
    each(card);
    return card;
  });
  const savedAt = new Map(cards.map((c) => [c, Date.parse(c.savedAt)]));
  return cards.sort((a, b) => (savedAt.get(b) ?? 0) - (savedAt.get(a) ?? 0) || newestFirst(a, b));
}

/** The newest saved articles as cards, with the highlights those cards were made from. */
export interface RecentCards {
  cards: ArticleCard[];
  /** The highlights of those articles (what a first screen of highlights shows). */
  highlights: StoredHighlight[];
}

type SavedAtIndex = IDBPIndex<
  AnnotatorSchema,
  ('articles' | 'highlights')[],
  'articles',
  'savedAt',
  'readonly'
>;

/** Whether `getAll` takes a direction and a count (Chromium 141 on): the newest in one request. */
const getAllTakesOptions = () =>
  typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;

/** The `limit` most recently saved articles, newest first (ties: the later url first). */
async function newestSaved(bySaved: SavedAtIndex, limit: number): Promise<ArticleHead[]> {
  if (getAllTakesOptions()) {
    // The index read backwards: equal times come by url, the later first (as `newestFirst`
    // puts them).
    const options = { direction: 'prev', count: limit } as unknown as IDBKeyRange;
    return (await bySaved.getAll(options)).sort(newestFirst);
  }
  // Three requests, not one per card: a key cursor jumps to the limit-th newest save, then one
  // getAll reads from there on (a cursor's every step is a round trip, values and all).
  const newest = await bySaved.openKeyCursor(null, 'prev');
  const edge = newest && limit > 1 ? await newest.advance(limit - 1) : newest;
  const from = edge ? IDBKeyRange.lowerBound(edge.key) : undefined;
  return newest ? (await bySaved.getAll(from)).sort(newestFirst).slice(0, limit) : [];
}

/**
 * The `limit` most recently saved articles as cards, and their highlights, read through the
 * `savedAt` index without touching the rest: what a page shows first while its whole list loads.
 */
export function listRecent(db: Db, limit: number): Promise<RecentCards> {
  return inTransaction(db, ['articles', 'highlights'], 'readonly', async (tx) => {
    const recent = await newestSaved(tx.objectStore('articles').index('savedAt'), limit);
    const byArticle = tx.objectStore('highlights').index('articleUrl');
    const highlights = await Promise.all(recent.map((a) => byArticle.getAll(a.url)));
    return {
      cards: recent.map((a, i) => toCard(a, [...highlights[i]!])),
      highlights: highlights.flat(),
    };
  });
}

/** The `limit` most recently saved articles as cards (`listRecent` without the highlights). */
export async function listRecentCards(db: Db, limit: number): Promise<ArticleCard[]> {
  return (await listRecent(db, limit)).cards;
}

/**
 * How many articles are saved. Asked apart from the first cards: counting walks the whole store
 * (~30 ms at 10,000 articles), which the first cards need not wait for.
 */
export function countArticles(db: Db): Promise<number> {
  return inTransaction(db, ['articles'], 'readonly', (tx) => tx.objectStore('articles').count());
}

/** The cards of the saved articles among `urls`, in the order given; urls not saved are left out. */
export function listCardsOf(db: Db, urls: readonly string[]): Promise<ArticleCard[]> {
  return inTransaction(db, ['articles', 'highlights'], 'readonly', async (tx) => {
    const byArticle = tx.objectStore('highlights').index('articleUrl');
    const articles = tx.objectStore('articles');
    const [found, highlights] = await Promise.all([
      Promise.all(urls.map((url) => articles.get(url))),
      Promise.all(urls.map((url) => byArticle.getAll(url))),
    ]);
    const cards: ArticleCard[] = [];
    found.forEach((a, i) => {
      if (a) cards.push(toCard(a, highlights[i]));
    });
    return cards;
  });
}
