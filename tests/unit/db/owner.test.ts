import { describe, expect, it } from 'vitest';
import { createOwner, listHighlights, type Change, type Db } from '../../../utils/db';
import { article, at, freshDb, highlight, related } from './helpers';

async function setUp(failing = false) {
  const { db } = await freshDb();
  const changes: Change[] = [];
  let minute = 0;
  const owner = createOwner({
    db: async () => (failing ? Promise.reject(new Error('closed')) : db),
    now: () => at(++minute),
    announce: (c) => void changes.push(c),
  });
  return { db, owner, changes };
}

const tombstones = (db: Db) => db.getAll('tombstones');

describe('the data owner', () => {
  it('announces what each write changed, after it committed', async () => {
    const { owner, changes } = await setUp();
    const a = article(1, { related: [related(5)] });
    await owner.saveArticle(a);
    await owner.addHighlight(a, highlight('h1'));
    await owner.updateHighlight('h1', { note: '要点' });
    await owner.setArticleNote(a.url, '读后感');
    await owner.deleteHighlight('h1');
    expect(changes).toEqual([
      { articles: [a.url], highlights: [], links: [related(5).url], all: false },
      { articles: [a.url], highlights: ['h1'], links: [], all: false },
      { articles: [a.url], highlights: ['h1'], links: [], all: false },
      { articles: [a.url], highlights: [], links: [], all: false },
      { articles: [a.url], highlights: ['h1'], links: [], all: false },
    ]);
  });

  it('announces nothing when a write fails', async () => {
    const { owner, changes } = await setUp();
    await expect(owner.deleteHighlight('missing')).rejects.toMatchObject({ code: 'not-found' });
    await expect(owner.setArticleNote(article(2).url, 'x')).rejects.toThrow();
    expect(changes).toEqual([]);
    // positive control: the same owner announces a write that succeeds
    await owner.saveArticle(article(2));
    expect(changes).toHaveLength(1);
  });

  it('leaves tombstones for deletions and takes them back on undo', async () => {
    const { db, owner } = await setUp();
    const a = article(3);
    await owner.addHighlight(a, highlight('h3'));
    const gone = await owner.deleteArticle(a.url);
    expect((await tombstones(db)).map((t) => t.key).sort()).toEqual([
      `article:${a.url}`,
      'highlight:h3',
    ]);
    await owner.restoreArticle(gone);
    expect(await tombstones(db)).toEqual([]);
    expect((await listHighlights(db, a.url)).map((h) => h.id)).toEqual(['h3']);
  });

  it('a deleted highlight comes back with its note on undo, and its tombstone goes', async () => {
    const { db, owner } = await setUp();
    const a = article(4);
    await owner.addHighlight(a, highlight('h4', { note: '别丢' }));
    const removed = await owner.deleteHighlight('h4');
    expect((await tombstones(db))[0]).toMatchObject({ kind: 'highlight', id: 'h4' });
    await owner.restoreHighlight(removed);
    expect(await tombstones(db)).toEqual([]);
    expect((await listHighlights(db, a.url))[0]?.note).toBe('别丢');
  });

  it('saving an article again after deleting it removes its tombstone', async () => {
    const { db, owner } = await setUp();
    await owner.saveArticle(article(6));
    await owner.deleteArticle(article(6).url);
    expect(await tombstones(db)).toHaveLength(1);
    await owner.saveArticle(article(6));
    expect(await tombstones(db)).toEqual([]);
  });

  it('announces everything after an import or a wipe', async () => {
    const { owner, changes } = await setUp();
    await owner.wipe();
    expect(changes).toEqual([{ articles: [], highlights: [], links: [], all: true }]);
  });

  it("runs another part's write (sync's) at its clock and announces it once committed", async () => {
    const { db, owner, changes } = await setUp();
    const seen: string[] = [];
    const result = await owner.commit(
      async (d, now) => {
        seen.push(now);
        await d.put('tombstones', { key: 'link:x', kind: 'link', id: 'x', deletedAt: now });
        return 7;
      },
      (n) => ({ articles: [], highlights: [], links: [`n${n}`], all: false, source: 'sync' }),
    );
    expect(result).toBe(7);
    expect(seen).toEqual([at(1)]);
    expect(await tombstones(db)).toHaveLength(1);
    expect(changes).toEqual([
      { articles: [], highlights: [], links: ['n7'], all: false, source: 'sync' },
    ]);
    // a failing write announces nothing
    await expect(
      owner.commit(
        () => Promise.reject(new Error('refused')),
        () => ({ articles: [], highlights: [], links: [], all: true }),
      ),
    ).rejects.toThrow('refused');
    expect(changes).toHaveLength(1);
  });
});
