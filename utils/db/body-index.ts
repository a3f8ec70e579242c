import { searchTextsIn } from './saved-list';
import {
  entriesOf,
  segmentBuilder,
  textsWithChain,
  type GramBucket,
  type GramEntries,
} from '../search/postings';
import { bucketOf, coverGrams, termGrams } from '../search/grams';
import {
  BODY_INDEX_STORES,
  type ArticleBody,
  type BodySegment,
  type Db,
  type StoredGrams,
  type WritableStore,
} from './schema';
import { inTransaction, settleLater } from './tx';

/*
 * The kept search index: each saved article's searchable text (`searchTextOf`: its card's
 * fields, its highlights and notes, its body). Every write that changes that text queues the
 * article (`searchQueue`, in the write's own transaction); the background indexes the queue in
 * segments once enough has gathered (`indexNextSegment`), and a search reads the grams of its
 * terms from the segments plus the queued articles themselves (`lookupBodies`). Nothing is
 * missed: an article is either indexed in its current version or queued.
 */

/** Fewer changed bodies than this are read at each search rather than indexed. */
export const SEGMENT_MIN = 200;
/** The most bodies one segment indexes (what the indexer holds in memory at once). */
const SEGMENT_MAX = 2000;
/** With more bodies queued than this (the index catching up), a search reads every body. */
const QUEUE_READ_MAX = 2 * SEGMENT_MIN;

type IndexStores = { [N in (typeof BODY_INDEX_STORES)[number]]: WritableStore<N> };

/**
 * The queued articles to index next, each with its searchable text (`searchTextOf`; none when the
 * article is no longer saved). Nothing when fewer than `min` wait.
 */
function readQueue(db: Db, min: number) {
  const stores = ['searchQueue', 'articles', 'bodies', 'highlights'] as const;
  return inTransaction(db, [...stores], 'readonly', async (tx) => {
    const queue = tx.objectStore('searchQueue');
    if ((await queue.count()) < min) return [];
    const entries = await queue.getAll(undefined, SEGMENT_MAX);
    const texts = await searchTextsIn(
      tx,
      entries.map((e) => e.url),
    );
    return entries.map((entry, i) => ({ entry, text: texts[i] }));
  });
}

type Queued = Awaited<ReturnType<typeof readQueue>>[number];

/** Mark the texts that earlier segments hold of `urls` as no longer current. */
async function retire(stores: IndexStores, urls: readonly string[]): Promise<void> {
  const before = await Promise.all(urls.map((url) => stores.searchDocs.get(url)));
  const dead = new Map<number, number[]>();
  for (const was of before) {
    if (!was) continue;
    const list = dead.get(was.seg);
    if (list) list.push(was.doc);
    else dead.set(was.seg, [was.doc]);
  }
  const lists = await Promise.all([...dead.keys()].map((seg) => stores.bodyDead.get(seg)));
  [...dead].forEach(([seg, docs], i) => {
    settleLater(stores.bodyDead.put({ seg, dead: [...(lists[i]?.dead ?? []), ...docs] }));
  });
}

let lastSeg = 0;

/**
 * A segment number never used before, in the order segments are written: the time in
 * milliseconds, times 1024, plus a draw (a view may keep a segment's urls by its number).
 */
function newSegment(): number {
  lastSeg = Math.max(lastSeg + 1, Date.now() * 1024 + Math.floor(Math.random() * 1024));
  return lastSeg;
}

/** Write a segment of what was read, for the entries still queued as they were read. */
async function writeSegment(stores: IndexStores, read: Queued[], grams: Map<number, GramBucket>) {
  const now = await Promise.all(read.map((r) => stores.searchQueue.get(r.entry.url)));
  const current = read.filter((r, i) => now[i]?.token === r.entry.token);
  if (current.length === 0) return;
  const seg = newSegment();
  await retire(
    stores,
    current.map((r) => r.entry.url),
  );
  const unchanged = new Set(current);
  const present = read.filter((r) => r.text !== undefined);
  const dead: number[] = [];
  present.forEach((r, doc) => {
    if (unchanged.has(r)) settleLater(stores.searchDocs.put({ url: r.entry.url, seg, doc }));
    else dead.push(doc);
  });
  for (const r of current) {
    settleLater(stores.searchQueue.delete(r.entry.url));
    if (r.text === undefined) settleLater(stores.searchDocs.delete(r.entry.url));
  }
  for (const [b, bucket] of grams) settleLater(stores.bodyGrams.put({ ...bucket, seg }, [b, seg]));
  const urls = present.map((r) => r.entry.url);
  settleLater(stores.bodySegments.put({ seg, urls }));
  if (dead.length > 0) settleLater(stores.bodyDead.put({ seg, dead }));
}

/** How long indexing holds its thread before it lets other work in (with `pause`). */
export const INDEX_SLICE_MS = 20;

export interface IndexOptions {
  /** Index only once this many bodies are queued (1: whatever is queued). */
  min?: number;
  /** Let other work run (the background's messages); called between slices of indexing. */
  pause?: () => Promise<void>;
  /** How long a slice is (`INDEX_SLICE_MS`). */
  sliceMs?: number;
}

/**
 * Index the next queued bodies (up to `SEGMENT_MAX`) as one segment, once at least `min` wait.
 * Reads, then indexes with no transaction open, then writes in one transaction: a body changed
 * in between stays queued. Answers how many queued entries were read (0: nothing to do).
 */
export async function indexNextSegment(
  db: Db,
  { min = SEGMENT_MIN, pause, sliceMs = INDEX_SLICE_MS }: IndexOptions = {},
): Promise<number> {
  const read = await readQueue(db, Math.max(1, min));
  if (read.length === 0) return 0;
  const builder = segmentBuilder();
  let since = performance.now();
  for (const r of read) {
    if (r.text === undefined) continue;
    builder.add(r.text);
    if (pause && performance.now() - since >= sliceMs) {
      await pause();
      since = performance.now();
    }
  }
  const grams = builder.finish();
  await inTransaction(db, [...BODY_INDEX_STORES], 'readwrite', (tx) => {
    const stores = {
      bodyGrams: tx.objectStore('bodyGrams'),
      bodySegments: tx.objectStore('bodySegments'),
      bodyDead: tx.objectStore('bodyDead'),
      searchDocs: tx.objectStore('searchDocs'),
      searchQueue: tx.objectStore('searchQueue'),
    };
    return writeSegment(stores, read, grams);
  });
  return read.length;
}

/** What the index says of a search's terms. */
export interface BodyLookup {
  /**
   * The indexed articles whose current text (card, highlights, body) holds every term, each
   * once (an article's current text is one text of one segment).
   */
  found: string[];
  /** The bodies not indexed in their current version: they are searched whole. */
  queued: ArticleBody[];
  /** The body text of each url that `pick` chose among `found` (undefined: none saved). */
  picked: Map<string, string | undefined>;
}

/** Which of the found articles to read the bodies of, in the lookup's own transaction. */
export type PickBodies = (found: readonly string[]) => readonly string[];

/** Each covering gram of `chain` in segment `seg`, or null when the segment lacks one. */
function entriesIn(chain: readonly number[], seg: number, records: Map<string, StoredGrams>) {
  const entries = new Map<number, GramEntries>();
  for (const gram of coverGrams(chain)) {
    if (entries.has(gram)) continue;
    const record = records.get(`${bucketOf(gram)}:${seg}`);
    const found = record ? entriesOf(record, gram) : null;
    if (!found?.docs.length) return null;
    entries.set(gram, found);
  }
  return entries;
}

/** The numbers in both ascending lists. */
function bothOf(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

/** For each segment, its texts that hold every term (each term: its grams in order). */
function docsWithEveryTerm(chains: number[][], records: Map<string, StoredGrams>) {
  const segs = new Set<number>();
  for (const r of records.values()) segs.add(r.seg);
  const bySeg = new Map<number, number[]>();
  for (const seg of segs) {
    let docs: number[] | null = null;
    for (const chain of chains) {
      const entries = entriesIn(chain, seg, records);
      const holding = entries ? textsWithChain(chain, entries) : [];
      docs = docs === null ? holding : bothOf(docs, holding);
      if (docs.length === 0) break;
    }
    if (docs?.length) bySeg.set(seg, docs);
  }
  return bySeg;
}

/** Segments' urls as read (segments never change once written, and their numbers are never reused). */
const segmentUrls = new Map<number, string[]>();

/** The urls of each of `segs`: kept ones, and the rest read in `tx`'s segment store. */
async function urlsOfSegments(
  store: { get(seg: number): Promise<BodySegment | undefined> },
  segs: number[],
): Promise<Map<number, string[]>> {
  const missing = segs.filter((seg) => !segmentUrls.has(seg));
  const read = await Promise.all(missing.map((seg) => store.get(seg)));
  for (const segment of read) if (segment) segmentUrls.set(segment.seg, segment.urls);
  return new Map(
    segs.flatMap((seg) => (segmentUrls.has(seg) ? [[seg, segmentUrls.get(seg)!]] : [])),
  );
}

/** The urls of the found texts: current ones only (not dead, not queued again since). */
function currentUrls(
  docsBySeg: Map<number, number[]>,
  urls: Map<number, string[]>,
  dead: Map<number, Set<number>>,
  waiting: Set<string>,
): string[] {
  const out: string[] = [];
  for (const [seg, docs] of docsBySeg) {
    const list = urls.get(seg);
    if (!list) continue;
    const gone = dead.get(seg);
    for (const doc of docs) {
      const url = list[doc];
      if (url !== undefined && !gone?.has(doc) && !waiting.has(url)) out.push(url);
    }
  }
  return out;
}

/**
 * The articles whose indexed text holds every term (each term's pairs of characters one after
 * another), the bodies not yet indexed, and the bodies of the finds that `pick` chooses (read in
 * the same transaction: no second round trip for a view's snippets). Null when the index cannot
 * answer: a term of one character (or with a space), or many bodies still queued.
 */
export function lookupBodies(
  db: Db,
  terms: readonly string[],
  pick: PickBodies = () => [],
): Promise<BodyLookup | null> {
  const grams = terms.map(termGrams);
  if (grams.length === 0 || grams.some((g) => g === null)) return Promise.resolve(null);
  const stores = ['bodyGrams', 'bodySegments', 'bodyDead', 'searchQueue', 'bodies'] as const;
  return inTransaction(db, [...stores], 'readonly', async (tx) => {
    const buckets = [...new Set(grams.flatMap((g) => coverGrams(g!).map(bucketOf)))];
    const gramStore = tx.objectStore('bodyGrams');
    const [waiting, deadLists, ...lists] = await Promise.all([
      tx.objectStore('searchQueue').getAllKeys(undefined, QUEUE_READ_MAX + 1),
      tx.objectStore('bodyDead').getAll(),
      ...buckets.map((b) => gramStore.getAll(IDBKeyRange.bound([b, 0], [b, Infinity]))),
    ]);
    if (waiting.length > QUEUE_READ_MAX) return null;
    const records = new Map<string, StoredGrams>();
    lists.forEach((list, i) => list.forEach((r) => records.set(`${buckets[i]}:${r.seg}`, r)));
    const found = docsWithEveryTerm(grams as number[][], records);
    const segs = [...found.keys()];
    const bodies = tx.objectStore('bodies');
    const [urls, queued] = await Promise.all([
      urlsOfSegments(tx.objectStore('bodySegments'), segs),
      Promise.all(waiting.map((url) => bodies.get(url))),
    ]);
    const dead = new Map(deadLists.map((d) => [d.seg, new Set(d.dead)]));
    const current = currentUrls(found, urls, dead, new Set(waiting));
    const wanted = pick(current);
    const texts = await Promise.all(wanted.map((url) => bodies.get(url)));
    return {
      found: current,
      queued: queued.filter((b): b is ArticleBody => b !== undefined),
      picked: new Map(wanted.map((url, i) => [url, texts[i]?.text])),
    };
  });
}
