import type { StoreValue } from 'idb';
import type { AnnotatorSchema, Db } from './schema';
import { inTransaction } from './tx';

/** Records read per request when walking a whole store. */
export const PAGE_SIZE = 500;

/**
 * Walk a whole store in key order, `PAGE_SIZE` records per request, so that a large library is
 * read in few requests without ever holding all of it in memory at once.
 */
export async function forEachPage<T>(
  readPage: (range: IDBKeyRange | undefined, count: number) => Promise<T[]>,
  keyOf: (record: T) => string,
  visit: (page: T[]) => void,
  size: number = PAGE_SIZE,
): Promise<void> {
  let range: IDBKeyRange | undefined;
  for (;;) {
    const page = await readPage(range, size);
    visit(page);
    const last = page[page.length - 1];
    if (page.length < size || !last) return;
    range = IDBKeyRange.lowerBound(keyOf(last), true);
  }
}

type ListStore = 'articles' | 'highlights' | 'links';
type RecordOf<S extends ListStore> = StoreValue<AnnotatorSchema, S>;

/** Each list store's key (its key path). */
const KEY_OF: { [S in ListStore]: (record: RecordOf<S>) => string } = {
  articles: (a) => a.url,
  highlights: (h) => h.id,
  links: (l) => l.url,
};

/**
 * Read a whole store for a list, each page in a transaction of its own, and keep what `take`
 * makes of each record (left out when it gives undefined). A page that closes while reading
 * leaves at most one short read behind: the browser finishes a closed page's unfinished
 * transaction before it opens the database for the next page, so one transaction over a large
 * library (seconds at 50,000 articles) held up the next page's first screen that long. Pages
 * read apart may see a write between them; the lists hear of every write from the change feed
 * and read what it names again.
 */
export async function readStoreApart<S extends ListStore, T>(
  db: Db,
  store: S,
  take: (record: RecordOf<S>) => T | undefined,
): Promise<T[]> {
  const kept: T[] = [];
  await forEachPage<RecordOf<S>>(
    (range, count) =>
      inTransaction(db, [store], 'readonly', (tx) =>
        tx.objectStore(store).getAll(range, count),
      ) as Promise<RecordOf<S>[]>,
    KEY_OF[store],
    (page) => {
      for (const record of page) {
        const value = take(record);
        if (value !== undefined) kept.push(value);
      }
    },
  );
  return kept;
}
