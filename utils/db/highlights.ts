import type { Highlight, Selector, StoredHighlight } from '../schemas';
import { cleanTags } from '../tags';
import { DbError } from './errors';
import { compareHighlights, toHighlight, toSelector, toStoredHighlight } from './records';
import { readStoreApart } from './pages';
import type { Db } from './schema';
import { bury, unbury } from './tombstones';
import { inTransaction } from './tx';
import { queued } from './article-store';

/** A highlight's writes: its store, tombstones, and the search queue (its text is searched). */
const HIGHLIGHT_STORES = ['highlights', 'tombstones', 'searchQueue'] as const;

const highlightNotFound = () => new DbError('not-found', 'This highlight no longer exists.');

/**
 * Store a highlight of the article at `articleUrl` (replacing one with the same id). The article
 * need not be saved: a highlight is kept on its own until its article is.
 */
export function addHighlight(db: Db, articleUrl: string, highlight: Highlight): Promise<Highlight> {
  return inTransaction(db, [...HIGHLIGHT_STORES], 'readwrite', async (tx) => {
    const stored = toStoredHighlight(highlight, articleUrl);
    await Promise.all([
      tx.objectStore('highlights').put(stored),
      unbury(tx.objectStore('tombstones'), 'highlight', [stored.id]),
      tx.objectStore('searchQueue').put(queued(articleUrl)),
    ]);
    return toHighlight(stored);
  });
}

export interface HighlightPatch {
  note?: string;
  color?: Highlight['color'];
  selector?: Selector;
  text?: string;
  /** The reader's tags as given (cleaned here); an empty list removes them all. */
  tags?: readonly string[];
}

/** Change the note, colour, tags, text or anchoring of a highlight. */
export async function updateHighlight(
  db: Db,
  id: string,
  patch: HighlightPatch,
  now: string,
): Promise<Highlight> {
  return toHighlight(await updateStoredHighlight(db, id, patch, now));
}

/** `updateHighlight`, answering the highlight as stored (with its article's url). */
export function updateStoredHighlight(
  db: Db,
  id: string,
  patch: HighlightPatch,
  now: string,
): Promise<StoredHighlight> {
  return inTransaction(db, ['highlights', 'searchQueue'], 'readwrite', async (tx) => {
    const store = tx.objectStore('highlights');
    const existing = await store.get(id);
    if (!existing) throw highlightNotFound();
    const updated: StoredHighlight = toStoredHighlight(
      {
        ...existing,
        note: patch.note ?? existing.note,
        color: patch.color ?? existing.color,
        text: patch.text ?? existing.text,
        selector: patch.selector ? toSelector(patch.selector) : existing.selector,
        tags: patch.tags ? cleanTags(patch.tags) : existing.tags,
        updatedAt: now,
      },
      existing.articleUrl,
    );
    const searched = updated.note !== existing.note || updated.text !== existing.text;
    await Promise.all([
      store.put(updated),
      searched && tx.objectStore('searchQueue').put(queued(existing.articleUrl)),
    ]);
    return updated;
  });
}

/**
 * Delete a highlight, leaving a tombstone dated `now`; returns it as stored, so
 * `addHighlight(db, h.articleUrl, h)` undoes it.
 */
export function deleteHighlight(
  db: Db,
  id: string,
  now: string = new Date().toISOString(),
): Promise<StoredHighlight> {
  return inTransaction(db, [...HIGHLIGHT_STORES], 'readwrite', async (tx) => {
    const store = tx.objectStore('highlights');
    const existing = await store.get(id);
    if (!existing) throw highlightNotFound();
    await Promise.all([
      store.delete(id),
      bury(tx.objectStore('tombstones'), 'highlight', [id], now),
      tx.objectStore('searchQueue').put(queued(existing.articleUrl)),
    ]);
    return toStoredHighlight(existing, existing.articleUrl);
  });
}

/** One highlight as stored (with its article's url), or null. */
export function getHighlight(db: Db, id: string): Promise<StoredHighlight | null> {
  return inTransaction(db, ['highlights'], 'readonly', async (tx) => {
    const found = await tx.objectStore('highlights').get(id);
    return found ? toStoredHighlight(found, found.articleUrl) : null;
  });
}

/** The highlights of one article in reading order (by position, then creation). */
export function listHighlights(db: Db, articleUrl: string): Promise<Highlight[]> {
  return inTransaction(db, ['highlights'], 'readonly', async (tx) => {
    const found = await tx.objectStore('highlights').index('articleUrl').getAll(articleUrl);
    return found.sort(compareHighlights).map(toHighlight);
  });
}

/**
 * Every stored highlight, across articles, read a page per transaction (`readStoreApart`): the
 * hub and the review count read them, and a page closed while they read leaves little behind.
 */
export function listAllHighlights(db: Db): Promise<StoredHighlight[]> {
  return readStoreApart(db, 'highlights', (h) => h);
}

/** How many highlights a page has (cheap: counted on the index, no record is read). */
export function countHighlights(db: Db, articleUrl: string): Promise<number> {
  return inTransaction(db, ['highlights'], 'readonly', (tx) =>
    tx.objectStore('highlights').index('articleUrl').count(articleUrl),
  );
}
