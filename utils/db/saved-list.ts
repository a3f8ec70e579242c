import { searchTextOf } from './cards';
import { forEachPage } from './pages';
import { groupByArticle } from './records';
import type { IDBPObjectStore } from 'idb';
import type { AnnotatorSchema, ArticleHead, Db, StoreName } from './schema';
import { inTransaction } from './tx';

/*
 * What a view that holds a window of its list reads (the popup): every saved article's url in
 * list order, and walks over the heads or the whole searchable text that keep nothing but what
 * their visitor keeps.
 */

/** Urls read per request of `listSavedUrls`. */
const ORDER_CHUNK = 2000;

/**
 * One chunk of the `savedAt` index from `range` on, ending after every url of its last time
 * (`last`: that time; none when the index ends in this chunk).
 */
function orderChunk(db: Db, range: IDBKeyRange | undefined, size: number) {
  return inTransaction(db, ['articles'], 'readonly', async (tx) => {
    const bySaved = tx.objectStore('articles').index('savedAt');
    const urls = await bySaved.getAllKeys(range, size);
    const lastUrl = urls[urls.length - 1];
    const last = lastUrl === undefined ? undefined : await tx.objectStore('articles').get(lastUrl);
    if (!last || urls.length < size) return { urls, last: undefined };
    // The chunk may end inside a run of one time: take the whole run, so the next chunk can
    // start past that time.
    const run = await bySaved.getAllKeys(IDBKeyRange.only(last.savedAt));
    const inRun = new Set(run);
    return { urls: [...urls.filter((url) => !inRun.has(url)), ...run], last: last.savedAt };
  });
}

/**
 * Every saved article's url, most recently saved first (ties: the later url first), from the
 * `savedAt` index's keys alone (no record but one per chunk is read), `ORDER_CHUNK` at a time so
 * that other reads are served in between; `pause` is awaited before each chunk.
 */
export async function listSavedUrls(
  db: Db,
  pause: () => Promise<void> = async () => undefined,
  size: number = ORDER_CHUNK,
): Promise<string[]> {
  const out: string[] = [];
  let range: IDBKeyRange | undefined;
  for (;;) {
    await pause();
    const { urls, last } = await orderChunk(db, range, size);
    out.push(...urls);
    if (last === undefined) return out.reverse();
    range = IDBKeyRange.lowerBound(last, true);
  }
}

/** Heads read per request by a walk that runs beside what the reader waits for. */
const HEAD_PAGE = 200;

/**
 * Each saved article's head, a page per transaction, in url order; `visit` false stops.
 * `pause`, awaited before each page, lets reads the reader waits for go first.
 */
export function forEachHead(
  db: Db,
  visit: (head: ArticleHead) => boolean | void,
  pause: () => Promise<void> = async () => undefined,
): Promise<void> {
  let stopped = false;
  return forEachPage<ArticleHead>(
    async (range, count) => {
      await pause();
      if (stopped) return [];
      return inTransaction(db, ['articles'], 'readonly', (tx) =>
        tx.objectStore('articles').getAll(range, count),
      );
    },
    (head) => head.url,
    (page) => {
      for (const head of page) {
        if (stopped || visit(head) === false) {
          stopped = true;
          return;
        }
      }
    },
    HEAD_PAGE,
  );
}

/**
 * Each saved article's whole searchable text (`searchTextOf`), a page of articles per
 * transaction (heads, bodies and highlights of one url range), in url order; `visit` false
 * stops. What a search reads when the kept index cannot answer.
 */
export async function forEachSearchText(
  db: Db,
  visit: (url: string, text: string) => boolean | void,
): Promise<void> {
  let stopped = false;
  await forEachPage<{ url: string; text: string }>(
    (range, count) =>
      stopped
        ? Promise.resolve([])
        : inTransaction(db, ['articles', 'bodies', 'highlights'], 'readonly', async (tx) => {
            const heads = await tx.objectStore('articles').getAll(range, count);
            const first = heads[0];
            const last = heads[heads.length - 1];
            if (!first || !last) return [];
            const span = IDBKeyRange.bound(first.url, last.url);
            const [bodies, highlights] = await Promise.all([
              tx.objectStore('bodies').getAll(span),
              tx.objectStore('highlights').index('articleUrl').getAll(span),
            ]);
            const body = new Map(bodies.map((b) => [b.url, b.text]));
            const own = groupByArticle(highlights);
            return heads.map((h) => ({
              url: h.url,
              text: searchTextOf(h, own.get(h.url) ?? [], body.get(h.url)),
            }));
          }),
    (t) => t.url,
    (page) => {
      for (const t of page) {
        if (stopped || visit(t.url, t.text) === false) {
          stopped = true;
          return;
        }
      }
    },
  );
}

type ReadStore<N extends StoreName> = IDBPObjectStore<
  AnnotatorSchema,
  ArrayLike<StoreName>,
  N,
  'readonly' | 'readwrite'
>;

/**
 * The whole searchable text (`searchTextOf`) of each of `urls`, in order, read in `tx`
 * (undefined where the article is not saved): what the index indexes and what a search reads of
 * the articles not indexed yet.
 */
export async function searchTextsIn(
  tx: { objectStore<N extends 'articles' | 'bodies' | 'highlights'>(name: N): ReadStore<N> },
  urls: readonly string[],
): Promise<(string | undefined)[]> {
  const byArticle = tx.objectStore('highlights').index('articleUrl');
  const [heads, bodies, highlights] = await Promise.all([
    Promise.all(urls.map((url) => tx.objectStore('articles').get(url))),
    Promise.all(urls.map((url) => tx.objectStore('bodies').get(url))),
    Promise.all(urls.map((url) => byArticle.getAll(url))),
  ]);
  return heads.map((head, i) => head && searchTextOf(head, highlights[i]!, bodies[i]?.text));
}

/** The whole searchable text of each of `urls` still saved (what the index has not indexed yet). */
export function readSearchTexts(db: Db, urls: readonly string[]): Promise<Map<string, string>> {
  return inTransaction(db, ['articles', 'bodies', 'highlights'], 'readonly', async (tx) => {
    const texts = await searchTextsIn(tx, urls);
    return new Map(urls.flatMap((url, i) => (texts[i] === undefined ? [] : [[url, texts[i]]])));
  });
}

/** The titles of the saved articles among `urls` (a saved article's title may be empty). */
export function readTitles(db: Db, urls: readonly string[]): Promise<Map<string, string>> {
  return inTransaction(db, ['articles'], 'readonly', async (tx) => {
    const heads = await Promise.all(urls.map((url) => tx.objectStore('articles').get(url)));
    return new Map(heads.flatMap((h) => (h ? [[h.url, h.title] as const] : [])));
  });
}
