import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { listAllHighlights, type Db } from '../../db';
import { REVIEW_STORAGE_KEY } from '../hub/limits';
import { todaysReview } from './schedule';
import { loadSchedule, type ReviewStorage } from './store';

/** How many highlights today's review holds (the library's hub reads the same store). */
export async function reviewCount(db: Db, storage: ReviewStorage, now: Date): Promise<number> {
  const [highlights, schedule] = await Promise.all([listAllHighlights(db), loadSchedule(storage)]);
  const items = highlights.map((h) => ({ id: h.id, time: Date.parse(h.createdAt) || 0 }));
  return todaysReview(items, schedule, now).length;
}

/**
 * The count for the popup: read once `ready` (after the saved list: reading every highlight
 * would hold up the list's first read) and again when the review's answers change.
 */
export function useReviewCount(db: { get(): Promise<Db> }, now: () => Date, ready = true) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const storage: ReviewStorage = {
      get: (key) => browser.storage.local.get(key),
      set: (items) => browser.storage.local.set(items),
    };
    const load = () =>
      db
        .get()
        .then((d) => reviewCount(d, storage, now()))
        .then((n) => live && setCount(n))
        .catch(() => undefined); // a count that cannot be read is simply not shown
    void load();
    const onStorage = (changes: Record<string, unknown>) =>
      REVIEW_STORAGE_KEY in changes && void load();
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, [db, ready]);
  return count;
}
