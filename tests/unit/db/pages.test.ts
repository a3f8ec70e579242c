import { afterEach, describe, expect, it } from 'vitest';
import { listArticleCards, saveArticle, type Db } from '../../../utils/db';
import { forEachPage, PAGE_SIZE, readStoreApart } from '../../../utils/db/pages';
import { inTransaction } from '../../../utils/db/tx';
import { article, at, freshDb } from './helpers';

let db: Db;
afterEach(() => db?.close());

/** Put `n` articles in one transaction (saving them one by one would take long). */
async function seed(n: number) {
  ({ db } = await freshDb());
  await saveArticle(db, article(0), at(0));
  const head = await db.get('articles', article(0).url);
  const tx = db.transaction('articles', 'readwrite');
  for (let i = 1; i < n; i++) {
    void tx.store.put({ ...head!, url: `https://news.example.com/articles/${i}`, savedAt: at(i) });
  }
  await tx.done;
}

/** Run `read` and, once its first record is in, a write: which of the two finished first. */
async function raceWithWrite(read: (visit: () => void) => Promise<unknown>) {
  const order: string[] = [];
  let write: Promise<void> | null = null;
  const reading = read(() => {
    write ??= saveArticle(db, article(99_999), at(99_999)).then(() => void order.push('write'));
  }).then(() => void order.push('read'));
  await reading;
  await write; // set by then: the first page came before the read finished
  return order;
}

describe('reading a whole store for a list', () => {
  it('reads every record once, a page per transaction', async () => {
    await seed(PAGE_SIZE * 2 + 7);
    const seen = await readStoreApart(db, 'articles', (a) => a.url);
    expect(seen).toHaveLength(PAGE_SIZE * 2 + 7);
    expect(new Set(seen).size).toBe(seen.length);
    expect(await listArticleCards(db)).toHaveLength(PAGE_SIZE * 2 + 7);
  });

  it('lets a write in between its pages: it never holds the store for the whole read', async () => {
    await seed(PAGE_SIZE * 3);
    const order = await raceWithWrite((visit) =>
      readStoreApart(db, 'articles', (a) => (visit(), a)),
    );
    expect(order).toEqual(['write', 'read']);
  });

  it('positive control: one transaction over every page holds the write until it ends', async () => {
    await seed(PAGE_SIZE * 3);
    const order = await raceWithWrite((visit) =>
      inTransaction(db, ['articles'], 'readonly', (tx) =>
        forEachPage(
          (range, count) => tx.objectStore('articles').getAll(range, count),
          (a) => a.url,
          visit,
        ),
      ),
    );
    expect(order).toEqual(['read', 'write']);
  });
});
