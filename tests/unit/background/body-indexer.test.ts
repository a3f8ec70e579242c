import { describe, expect, it } from 'vitest';
import { saveArticle, SEGMENT_MIN, type Db } from '../../../utils/db';
import { createBodyIndexer } from '../../../utils/background/body-indexer';
import { article, at, freshDb } from '../db/helpers';

async function withArticles(n: number): Promise<Db> {
  const { db } = await freshDb();
  for (let i = 0; i < n; i++) {
    await saveArticle(db, article(i, { bodyText: `第${i}篇：英伟达发布新芯片。` }), at(i));
  }
  return db;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function settled(db: Db, until: () => Promise<boolean>) {
  for (let i = 0; i < 200 && !(await until()); i++) await sleep(10);
}

describe('the background body indexer', () => {
  it('indexes once changes pause and enough bodies wait', async () => {
    const db = await withArticles(SEGMENT_MIN + 10);
    expect(await db.count('searchQueue')).toBe(SEGMENT_MIN + 10);
    const errors: unknown[] = [];
    let alive = 0;
    const indexer = createBodyIndexer(
      async () => db,
      (e) => errors.push(e),
      { quietMs: 20, keepAlive: async () => void alive++ },
    );
    indexer.poke();
    await settled(db, async () => (await db.count('searchQueue')) === 0);
    expect(await db.count('searchQueue')).toBe(0);
    expect(await db.count('bodySegments')).toBe(1);
    expect(errors).toEqual([]);
    expect(alive).toBe(1); // after the one segment
    db.close();
  });

  it('leaves a few changed bodies queued (they are read at each search)', async () => {
    const db = await withArticles(10);
    const indexer = createBodyIndexer(
      async () => db,
      () => undefined,
      { quietMs: 20 },
    );
    indexer.poke();
    await sleep(200);
    expect(await db.count('searchQueue')).toBe(10);
    expect(await db.count('bodySegments')).toBe(0);
    db.close();
  });
});
