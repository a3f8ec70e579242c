import { describe, expect, it } from 'vitest';
import {
  deleteArticle,
  indexNextSegment,
  listArticleCards,
  lookupBodies,
  saveArticle,
  SEGMENT_MIN,
  wipe,
  type Db,
} from '../../../utils/db';
import { foundUrls, lookAhead, searchBodies } from '../../../utils/popup/body-search';
import { buildSearchIndex, queryTerms } from '../../../utils/search';
import { article, at, freshDb, SEARCH_BODIES as BODIES } from './helpers';

async function seeded(n: number): Promise<Db> {
  const { db } = await freshDb();
  for (let i = 0; i < n; i++) {
    await saveArticle(
      db,
      article(i, { bodyText: `第${i}篇。${BODIES[i % BODIES.length]}` }),
      at(i),
    );
  }
  return db;
}

const queued = (db: Db) => db.count('searchQueue');
const urlsOf = (urls: readonly string[] | undefined) => [...(urls ?? [])].sort();

describe('the kept body index', () => {
  it('queues each body written, and indexes the queue once enough waits', async () => {
    const db = await seeded(8);
    expect(await queued(db)).toBe(8);
    expect(await indexNextSegment(db)).toBe(0); // fewer than SEGMENT_MIN wait
    expect(SEGMENT_MIN).toBeGreaterThan(8);
    expect(await indexNextSegment(db, { min: 1 })).toBe(8);
    expect(await queued(db)).toBe(0);
    expect(await db.count('bodySegments')).toBe(1);
    db.close();
  });

  it('finds the indexed bodies that hold a term, in simplified or traditional spelling', async () => {
    const db = await seeded(8);
    await indexNextSegment(db, { min: 1 });
    const found = await lookupBodies(db, queryTerms('黄仁勋'));
    expect(urlsOf(found?.found)).toEqual([article(0).url, article(4).url].sort());
    expect(found?.queued).toEqual([]);
    const tsmc = await lookupBodies(db, queryTerms('台积电'));
    expect(urlsOf(tsmc?.found)).toEqual([article(1).url, article(5).url].sort());
    // gpt5 is one term for GPT-5 and gpt 5 alike.
    const gpt = await lookupBodies(db, queryTerms('gpt-5'));
    expect(urlsOf(gpt?.found)).toEqual([article(3).url, article(7).url].sort());
    db.close();
  });

  it('finds the texts that hold every term, across segments, and none that hold only one', async () => {
    const db = await seeded(8);
    await indexNextSegment(db, { min: 1 });
    // A second segment: one text with both terms far apart, one with each alone.
    await saveArticle(db, article(20, { bodyText: '台积电的新厂。……后来黄仁勋也到了。' }), at(20));
    await saveArticle(db, article(21, { bodyText: '黄仁勋的演讲。' }), at(21));
    await saveArticle(db, article(22, { bodyText: '台积电的财报。' }), at(22));
    await indexNextSegment(db, { min: 1 });
    expect(await db.count('bodySegments')).toBe(2);
    const both = await lookupBodies(db, queryTerms('黄仁勋 台积电'));
    expect(urlsOf(both?.found)).toEqual([article(20).url]);
    // Positive control: each term alone finds its texts in both segments.
    const one = await lookupBodies(db, queryTerms('黄仁勋'));
    expect(urlsOf(one?.found)).toEqual(
      [article(0).url, article(4).url, article(20).url, article(21).url].sort(),
    );
    db.close();
  });

  it('answers null where it cannot narrow: a one-character term', async () => {
    const db = await seeded(4);
    await indexNextSegment(db, { min: 1 });
    expect(await lookupBodies(db, queryTerms('芯'))).toBeNull();
    expect(await lookupBodies(db, queryTerms('芯片'))).not.toBeNull();
    db.close();
  });

  it('reads a changed or new body from the queue, and forgets its indexed version', async () => {
    const db = await seeded(4);
    await indexNextSegment(db, { min: 1 });
    await saveArticle(db, article(0, { bodyText: '改写后的正文，说的是量子计算。' }), at(10));
    await saveArticle(db, article(9, { bodyText: '新的一篇：黄仁勋又来了。' }), at(11));
    let found = await lookupBodies(db, queryTerms('黄仁勋'));
    expect(urlsOf(found?.found)).toEqual([]); // article 0's old body is not current
    expect(found?.queued.map((b) => b.url).sort()).toEqual([article(0).url, article(9).url].sort());
    // Once indexed, the new versions are found and the old one is not.
    await indexNextSegment(db, { min: 1 });
    found = await lookupBodies(db, queryTerms('黄仁勋'));
    expect(urlsOf(found?.found)).toEqual([article(9).url]);
    const quantum = await lookupBodies(db, queryTerms('量子'));
    expect(urlsOf(quantum?.found)).toEqual([article(0).url]);
    db.close();
  });

  it('drops deleted articles, and a wipe empties it', async () => {
    const db = await seeded(4);
    await indexNextSegment(db, { min: 1 });
    await deleteArticle(db, article(0).url, at(20));
    await indexNextSegment(db, { min: 1 });
    expect(urlsOf((await lookupBodies(db, queryTerms('黄仁勋')))?.found)).toEqual([]);
    expect(await db.get('searchDocs', article(0).url)).toBeUndefined();
    await wipe(db);
    for (const store of [
      'bodyGrams',
      'bodySegments',
      'bodyDead',
      'searchDocs',
      'searchQueue',
    ] as const) {
      expect(await db.count(store)).toBe(0);
    }
    db.close();
  });

  it('never answers with the urls of a segment from before a wipe', async () => {
    const db = await seeded(4);
    await indexNextSegment(db, { min: 1 });
    expect(urlsOf((await lookupBodies(db, queryTerms('黄仁勋')))?.found)).toEqual([article(0).url]);
    await wipe(db);
    for (let i = 0; i < 4; i++) {
      await saveArticle(db, article(100 + i, { bodyText: BODIES[i]! }), at(i));
    }
    await indexNextSegment(db, { min: 1 });
    expect(urlsOf((await lookupBodies(db, queryTerms('黄仁勋')))?.found)).toEqual([
      article(100).url,
    ]);
    db.close();
  });

  it('keeps a body changed while it was being indexed queued, so its new text is found', async () => {
    const db = await seeded(40);
    let changed = false;
    await indexNextSegment(db, {
      min: 1,
      sliceMs: 0, // a pause after every body
      pause: async () => {
        if (changed) return;
        changed = true;
        await saveArticle(db, article(0, { bodyText: '中途改写：量子计算。' }), at(30));
      },
    });
    expect(changed).toBe(true);
    const found = await lookupBodies(db, queryTerms('量子'));
    expect(found?.queued.map((b) => b.url)).toEqual([article(0).url]);
    expect(urlsOf((await lookupBodies(db, queryTerms('黄仁勋')))?.found)).not.toContain(
      article(0).url,
    );
    // Positive control: the other bodies of the same segment were indexed.
    expect(urlsOf((await lookupBodies(db, queryTerms('黄仁勋')))?.found)).toContain(article(4).url);
    db.close();
  });
});

describe('reading the finds’ bodies with the lookup', () => {
  it('reads the bodies the caller picks among the finds, in the same transaction', async () => {
    const db = await seeded(8);
    await indexNextSegment(db, { min: 1 });
    let offered: readonly string[] = [];
    const missing = 'https://example.com/never-saved';
    const found = await lookupBodies(db, queryTerms('黄仁勋'), (urls) => {
      offered = urls;
      return [article(4).url, missing];
    });
    expect(urlsOf(offered)).toEqual(urlsOf(found?.found));
    expect(urlsOf(offered)).toEqual([article(0).url, article(4).url].sort());
    expect(found?.picked.get(article(4).url)).toBe(`第4篇。${BODIES[0]}`);
    expect(found?.picked.has(missing)).toBe(true);
    expect(found?.picked.get(missing)).toBeUndefined();
    // Nothing picked: nothing read.
    expect((await lookupBodies(db, queryTerms('黄仁勋')))?.picked.size).toBe(0);
    db.close();
  });

  /** A library of 8 indexed articles, two of whose bodies (0 and 4) hold the term searched. */
  async function indexedLibrary() {
    const db = await seeded(8);
    await indexNextSegment(db, { min: 1 });
    return { db, index: buildSearchIndex(await listArticleCards(db)), terms: queryTerms('黄仁勋') };
  }

  it('hands a lookup started as the query is typed to the search that follows in the same task', async () => {
    const { db, index, terms } = await indexedLibrary();
    // Started before a deletion, the early lookup reads the library as it was; a search that
    // takes it over answers with that.
    lookAhead(db, index, terms, null);
    const deleted = deleteArticle(db, article(4).url, at(30));
    const claimed = await searchBodies(db, index, terms, null);
    await deleted;
    expect(foundUrls(claimed).sort()).toEqual([article(0).url, article(4).url].sort());
    db.close();
  });

  it('positive control: the same search with no early lookup reads the library after the deletion', async () => {
    const { db, index, terms } = await indexedLibrary();
    const deleted = deleteArticle(db, article(4).url, at(30));
    const own = await searchBodies(db, index, terms, null);
    await deleted;
    expect(foundUrls(own)).toEqual([article(0).url]);
    db.close();
  });

  it('drops an early lookup that no search took over by the end of its task', async () => {
    const { db, index, terms } = await indexedLibrary();
    lookAhead(db, index, terms, null);
    await new Promise((ok) => setTimeout(ok, 0));
    const deleted = deleteArticle(db, article(4).url, at(30));
    expect(foundUrls(await searchBodies(db, index, terms, null))).toEqual([article(0).url]);
    await deleted;
    // Nor is one taken over by a search for other terms.
    lookAhead(db, index, queryTerms('台积电'), null);
    expect(foundUrls(await searchBodies(db, index, terms, null))).toEqual([article(0).url]);
    db.close();
  });
});

describe('body search through the index', () => {
  it('finds what reading every body finds', async () => {
    const db = await seeded(24);
    const index = buildSearchIndex(await listArticleCards(db));
    const queries = ['黄仁勋', '台积电 产能', 'gpt-5 创新', '端侧部署', '第4篇 芯片', '量子', '芯'];
    // Before indexing: every body is queued; after, the index answers.
    const before = await Promise.all(
      queries.map((q) => searchBodies(db, index, queryTerms(q), null)),
    );
    await indexNextSegment(db, { min: 1 });
    expect(await lookupBodies(db, queryTerms('黄仁勋'))).not.toBeNull();
    const after = await Promise.all(
      queries.map((q) => searchBodies(db, index, queryTerms(q), null)),
    );
    expect(after.map((h) => foundUrls(h).sort())).toEqual(before.map((h) => foundUrls(h).sort()));
    expect(after.map((h) => foundUrls(h).length)).toEqual([6, 6, 6, 6, 1, 0, 6]);
    expect(after[0]!.snippets.get(article(0).url)?.field).toBe('body');
    db.close();
  });
});
