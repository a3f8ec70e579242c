import { unwrap } from 'idb';
import type { ExportFile, Link, SavedArticle, StoredHighlight } from '../schemas';
import { compareTime, toLink, toSavedArticle, toStoredHighlight } from './records';
import { IMPORT_PRECEDENCE, mergeLink } from './link-merge';
import { forEachPage } from './pages';
import type { Db, WritableStore } from './schema';
import { inTransaction } from './tx';
import { ARTICLE_STORES, headOf, queued } from './article-store';

/*
 * Importing an export file: merged into what is saved, in one transaction (`importFile`).
 */

export interface MergeCounts {
  /** Records the database did not have. */
  added: number;
  /** Records the file changed. */
  updated: number;
  /** Records left as they were (the database's copy is as new or newer). */
  kept: number;
}

export interface ImportResult {
  articles: MergeCounts;
  highlights: MergeCounts;
  links: MergeCounts;
}

const noCounts = (): MergeCounts => ({ added: 0, updated: 0, kept: 0 });

/** One record per key; among duplicates in the file, the most recently updated. */
function newestByKey<T extends { updatedAt: string }>(items: T[], key: (item: T) => string) {
  const newest = new Map<string, T>();
  for (const item of items) {
    const seen = newest.get(key(item));
    if (!seen || compareTime(item.updatedAt, seen.updatedAt) > 0) newest.set(key(item), item);
  }
  return newest;
}

/**
 * How a link in the file merges with the stored one (links carry no modification time): it is
 * listed by the articles of both, kept for later if either keeps it, read at the later of the two
 * read times, and keeps the stored title, summary and date unless those are empty.
 */
export function mergeImportedLink(stored: Link, incoming: Link): Link {
  return mergeLink(stored, incoming, IMPORT_PRECEDENCE);
}

/** One link per url, merging repeats within the file. */
function foldLinks(links: Link[]): Link[] {
  const byUrl = new Map<string, Link>();
  for (const link of links) {
    const seen = byUrl.get(link.url);
    byUrl.set(link.url, seen ? mergeImportedLink(seen, link) : toLink(link));
  }
  return [...byUrl.values()];
}

const sameLink = (a: Link, b: Link) => JSON.stringify(toLink(a)) === JSON.stringify(toLink(b));

interface Incoming {
  articles: Map<string, SavedArticle>;
  highlights: Map<string, StoredHighlight>;
  links: Link[];
}

/** The file's records as stored: one per key, the newest among repeats in the file. */
function incomingRecords(file: ExportFile): Incoming {
  return {
    articles: newestByKey(
      file.articles.map(({ highlights: _highlights, ...a }) => toSavedArticle(a)),
      (a) => a.url,
    ),
    highlights: newestByKey(
      file.articles.flatMap((a) => a.highlights.map((h) => toStoredHighlight(h, a.url))),
      (h) => h.id,
    ),
    links: foldLinks(file.links),
  };
}

interface ImportStores {
  articles: WritableStore<'articles'>;
  bodies: WritableStore<'bodies'>;
  searchQueue: WritableStore<'searchQueue'>;
  highlights: WritableStore<'highlights'>;
  links: WritableStore<'links'>;
}

/** What the database holds of the file's records: articles, highlights, and links by url. */
async function readStoredOf(stores: ImportStores, incoming: Incoming) {
  const { articles, highlights, links } = stores;
  const [articleKeys, highlightKeys, storedLinks] = await Promise.all([
    articles.getAllKeys(),
    highlights.getAllKeys(),
    links.getAll(),
  ]);
  const [storedArticles, storedHighlights] = await Promise.all([
    readStored(
      articleKeys,
      incoming.articles,
      (url) => articles.get(url),
      (range, count) => articles.getAll(range, count),
      (a) => a.url,
    ),
    readStored(
      highlightKeys,
      incoming.highlights,
      (id) => highlights.get(id),
      (range, count) => highlights.getAll(range, count),
      (h) => h.id,
    ),
  ]);
  return {
    storedArticles,
    storedHighlights,
    storedLinks: new Map(storedLinks.map((l) => [l.url, l])),
  };
}

/**
 * Write what the file changes, counting what it adds, updates and leaves. Bare requests, not a
 * promise each: a failed put aborts the transaction, which `inTransaction` reports, so nothing of
 * the file is kept.
 */
function writeMerged(
  stores: ImportStores,
  incoming: Incoming,
  stored: Awaited<ReturnType<typeof readStoredOf>>,
  tick: () => void,
): ImportResult {
  const result: ImportResult = { articles: noCounts(), highlights: noCounts(), links: noCounts() };
  const putHead = putter(unwrap(stores.articles), tick);
  const putBody = putter(unwrap(stores.bodies), () => undefined);
  const putQueue = putter(unwrap(stores.searchQueue), () => undefined);
  // Each article queued once, however many of its highlights the file brings.
  const queuedUrls = new Set<string>();
  const putQueued = (url: string) => {
    if (queuedUrls.has(url)) return;
    queuedUrls.add(url);
    putQueue(queued(url));
  };
  const putArticle = (a: SavedArticle) => {
    putBody({ url: a.url, text: a.bodyText });
    putQueued(a.url);
    putHead(headOf(a));
  };
  const putHighlight = putter(unwrap(stores.highlights), tick);
  const putLink = putter(unwrap(stores.links), tick);
  for (const [url, a] of incoming.articles) {
    mergeNewer(result.articles, stored.storedArticles.get(url), a, () => putArticle(a), tick);
  }
  for (const [id, h] of incoming.highlights) {
    const put = () => {
      putHighlight(h);
      putQueued(h.articleUrl);
    };
    mergeNewer(result.highlights, stored.storedHighlights.get(id), h, put, tick);
  }
  for (const link of incoming.links) {
    const before = stored.storedLinks.get(link.url);
    const merged = before ? mergeImportedLink(before, link) : link;
    if (before && sameLink(before, merged)) {
      result.links.kept++;
      tick();
      continue;
    }
    result.links[before ? 'updated' : 'added']++;
    putLink(merged);
  }
  return result;
}

/**
 * Merge an export file (already validated) into the database, in one transaction: articles by
 * url and highlights by id, where the more recently updated copy wins (on a tie the stored copy
 * stays); links by url as `mergeLink` says. Nothing is duplicated, and any failure leaves the
 * database unchanged. `onProgress` hears how many of the file's records are written or left as
 * they were: at the start, every thousand records and at the end.
 */
export function importFile(
  db: Db,
  file: ExportFile,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  return inTransaction(db, [...ARTICLE_STORES, 'highlights', 'links'], 'readwrite', async (tx) => {
    const stores: ImportStores = {
      articles: tx.objectStore('articles'),
      bodies: tx.objectStore('bodies'),
      searchQueue: tx.objectStore('searchQueue'),
      highlights: tx.objectStore('highlights'),
      links: tx.objectStore('links'),
    };
    const incoming = incomingRecords(file);
    const total = incoming.articles.size + incoming.highlights.size + incoming.links.length;
    const tick = progressCounter(total, onProgress);
    const stored = await readStoredOf(stores, incoming);
    return writeMerged(stores, incoming, stored, tick);
  });
}

/**
 * The stored records among `keys` that the file also has. A few are read one by one; when the
 * file shares a good part of the store, one paged pass over the store takes far fewer requests.
 */
async function readStored<T>(
  keys: string[],
  incoming: Map<string, unknown>,
  get: (key: string) => Promise<T | undefined>,
  readPage: (range: IDBKeyRange | undefined, count: number) => Promise<T[]>,
  keyOf: (record: T) => string,
): Promise<Map<string, T>> {
  const shared = keys.filter((key) => incoming.has(key));
  const found = new Map<string, T>();
  if (shared.length * 8 > keys.length) {
    await forEachPage(readPage, keyOf, (page) => {
      for (const record of page) if (incoming.has(keyOf(record))) found.set(keyOf(record), record);
    });
    return found;
  }
  const records = await Promise.all(shared.map(get));
  shared.forEach((key, i) => {
    const record = records[i];
    if (record !== undefined) found.set(key, record);
  });
  return found;
}

/** A put that reports when it is done (`tick`) and lets a failure abort the transaction. */
function putter(store: IDBObjectStore, tick: () => void) {
  return (value: unknown) => {
    store.put(value).onsuccess = tick;
  };
}

function mergeNewer(
  counts: MergeCounts,
  stored: { updatedAt: string } | undefined,
  incoming: { updatedAt: string },
  put: () => void,
  tick: () => void,
): void {
  if (stored && compareTime(incoming.updatedAt, stored.updatedAt) <= 0) {
    counts.kept++;
    tick();
    return;
  }
  counts[stored ? 'updated' : 'added']++;
  put();
}

/** How many records pass between two progress reports. */
const PROGRESS_STEP = 1000;

/** Counts records as they are settled; reports at the start, every step and at the end. */
function progressCounter(total: number, onProgress?: (done: number, total: number) => void) {
  let done = 0;
  onProgress?.(0, total);
  return () => {
    done++;
    if (done % PROGRESS_STEP === 0 || done === total) onProgress?.(done, total);
  };
}
