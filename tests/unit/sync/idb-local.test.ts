import { describe, expect, it } from 'vitest';
import {
  createOwner,
  exportAll,
  getArticle,
  indexNextSegment,
  listHighlights,
  lookupBodies,
  type Change,
} from '../../../utils/db';
import { syncOnce } from '../../../utils/sync/engine';
import { idbLocal } from '../../../utils/sync/idb-local';
import { NOTE_CONFLICT_SEPARATOR } from '../../../utils/sync/merge';
import { validRecord } from '../../../utils/sync/records';
import { article, at, freshDb, highlight, related } from '../db/helpers';
import { testCrypto } from './helpers';
import { MemoryDav } from './memory-dav';
import { MemoryState } from './memory-local';

async function device(name: string, dav: MemoryDav) {
  const { db } = await freshDb();
  let minute = name === 'a' ? 0 : 1000;
  const changes: Change[] = [];
  const owner = createOwner({
    db: async () => db,
    now: () => at(++minute),
    announce: (c) => void changes.push(c),
  });
  const state = new MemoryState();
  const sync = () =>
    syncOnce({
      remote: dav.remote(),
      local: idbLocal({ db: async () => db, commit: owner.commit }),
      state,
      crypto: testCrypto,
      now: () => at(++minute),
      remoteLabel: 'memory',
      passphrase: '',
      newDeviceId: () => `dev-${name}`,
      validate: validRecord,
    });
  return { db, owner, sync, changes };
}

describe('sync of the IndexedDB library, through the data owner', () => {
  it('brings articles, highlights and links over, edits and deletions too', async () => {
    const dav = new MemoryDav();
    const a = await device('a', dav);
    const b = await device('b', dav);
    const one = article(1, { related: [related(7)] });
    await a.owner.saveArticle(one);
    await a.owner.addHighlight(one, highlight('h1', { note: '要点' }));
    await a.owner.saveArticle(article(2));
    await a.sync();
    await b.sync();
    expect(await exportAll(b.db)).toEqual(await exportAll(a.db));
    expect(b.changes.some((c) => c.articles.includes(one.url))).toBe(true);
    // Sync's own writes are announced as such; the reader's are not.
    expect(b.changes.every((c) => c.source === 'sync')).toBe(true);
    expect(a.changes.filter((c) => c.source === 'sync')).toEqual([]);
    expect(a.changes.length).toBeGreaterThan(0);

    await b.owner.setArticleNote(one.url, '在家写的');
    await a.owner.setArticleNote(one.url, '在公司写的');
    await a.owner.deleteArticle(article(2).url);
    await a.sync();
    await b.sync();
    await a.sync();
    const note = `在公司写的${NOTE_CONFLICT_SEPARATOR}在家写的`;
    expect((await getArticle(a.db, one.url))?.note).toBe(note);
    expect((await getArticle(b.db, one.url))?.note).toBe(note);
    expect(await getArticle(b.db, article(2).url)).toBeNull();
    expect(await listHighlights(b.db, one.url)).toHaveLength(1);
    expect(await exportAll(b.db)).toEqual(await exportAll(a.db));
  });

  it('queues an article for search when sync brings or removes one of its highlights', async () => {
    const dav = new MemoryDav();
    const a = await device('a', dav);
    const b = await device('b', dav);
    const one = article(1);
    await a.owner.saveArticle(one);
    await a.sync();
    await b.sync();
    await indexNextSegment(b.db, { min: 1 });
    expect(await b.db.count('searchQueue')).toBe(0);
    const found = async () => [...((await lookupBodies(b.db, ['晶圆代工']))?.found ?? [])];

    await a.owner.addHighlight(one, highlight('h1', { text: '晶圆代工' }));
    await a.sync();
    await b.sync();
    expect(await b.db.getAllKeys('searchQueue')).toEqual([one.url]);
    await indexNextSegment(b.db, { min: 1 });
    expect(await found()).toEqual([one.url]);

    await a.owner.deleteHighlight('h1');
    await a.sync();
    await b.sync();
    expect(await b.db.getAllKeys('searchQueue')).toEqual([one.url]);
    await indexNextSegment(b.db, { min: 1 });
    expect(await found()).toEqual([]);
  });
});
