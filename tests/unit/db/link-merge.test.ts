import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteArticle,
  importFile,
  listLinks,
  restoreArticle,
  saveArticle,
  setLinkForLater,
  setLinkRead,
  type Db,
} from '../../../utils/db';
import {
  IMPORT_PRECEDENCE,
  READER_PRECEDENCE,
  RESTORE_PRECEDENCE,
  SAVE_PRECEDENCE,
  mergeLink,
} from '../../../utils/db/link-merge';
import { buildExportFile } from '../../../utils/export';
import type { Link } from '../../../utils/schemas';
import { article, at, freshDb, related } from './helpers';

const URL = 'https://news.example.com/related/1';

function link(over: Partial<Link> = {}): Link {
  return {
    url: URL,
    title: 'stored title',
    summary: 'stored summary',
    publishedAt: '2025-01-01',
    fromArticles: ['https://a.example/1'],
    savedForLater: false,
    readAt: null,
    ...over,
  };
}

const incoming = (over: Partial<Link> = {}) =>
  link({
    title: 'incoming title',
    summary: 'incoming summary',
    publishedAt: '2025-02-02',
    fromArticles: ['https://a.example/2', 'https://a.example/1'],
    ...over,
  });

describe('the one rule for two copies of a link', () => {
  it('describes the link by the preferred copy, never by an empty field', () => {
    expect(mergeLink(link(), incoming(), IMPORT_PRECEDENCE)).toMatchObject({
      title: 'stored title',
      summary: 'stored summary',
      publishedAt: '2025-01-01',
    });
    expect(mergeLink(link(), incoming(), SAVE_PRECEDENCE)).toMatchObject({
      title: 'incoming title',
      summary: 'incoming summary',
      publishedAt: '2025-02-02',
    });
    const empty = { title: '', summary: null, publishedAt: null };
    expect(mergeLink(link(empty), incoming(), IMPORT_PRECEDENCE)).toMatchObject({
      title: 'incoming title',
      summary: 'incoming summary',
    });
    expect(mergeLink(link(), incoming(empty), SAVE_PRECEDENCE)).toMatchObject({
      title: 'stored title',
      publishedAt: '2025-01-01',
    });
  });

  it('lists the articles of both, the stored ones first, each once', () => {
    expect(mergeLink(link(), incoming(), IMPORT_PRECEDENCE).fromArticles).toEqual([
      'https://a.example/1',
      'https://a.example/2',
    ]);
  });

  it.each([
    // [precedence, stored marks, incoming marks, expected marks]
    ['import', IMPORT_PRECEDENCE, [false, null], [true, at(5)], [true, at(5)]],
    ['import', IMPORT_PRECEDENCE, [true, at(9)], [false, at(5)], [true, at(9)]],
    ['save', SAVE_PRECEDENCE, [true, at(9)], [false, null], [true, at(9)]],
    ['reader', READER_PRECEDENCE, [false, null], [true, at(5)], [false, null]],
    ['restore', RESTORE_PRECEDENCE, [true, at(1)], [false, null], [false, null]],
  ] as const)('%s: keeps the reader’s marks as its precedence says', (_, p, s, i, want) => {
    const merged = mergeLink(
      link({ savedForLater: s[0], readAt: s[1] }),
      incoming({ savedForLater: i[0], readAt: i[1] }),
      p,
    );
    expect([merged.savedForLater, merged.readAt]).toEqual(want);
  });
});

describe('every write that meets a stored link follows it', () => {
  let db: Db;
  afterEach(() => db?.close());

  it('saving an article again refreshes the description and keeps the reader’s marks', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(1)] }), at(0));
    await setLinkForLater(db, related(1), true, at(1));
    await setLinkRead(db, URL, true, at(2));
    const fresher = related(1, { title: 'a better title', summary: null });
    await saveArticle(db, article(1, { related: [fresher] }), at(3));
    const [stored] = await listLinks(db);
    expect(stored).toMatchObject({
      title: 'a better title',
      summary: related(1).summary,
      savedForLater: true,
      readAt: at(2),
      fromArticles: [article(1).url],
    });
  });

  it('an import keeps the library’s description and adds the file’s marks', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(1)] }), at(0));
    const file = buildExportFile(
      { articles: [], links: [incoming({ url: URL, savedForLater: true, readAt: at(4) })] },
      { now: at(5) },
    );
    await importFile(db, file);
    const [stored] = await listLinks(db);
    expect(stored).toMatchObject({
      title: related(1).title,
      savedForLater: true,
      readAt: at(4),
      fromArticles: [article(1).url, 'https://a.example/1', 'https://a.example/2'],
    });
  });

  it('putting a deleted article back keeps what the reader did to its links since', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(1)] }), at(0));
    await saveArticle(db, article(2, { related: [related(1)] }), at(0));
    await setLinkForLater(db, related(1), true, at(1));
    const deleted = await deleteArticle(db, article(1).url);
    await setLinkForLater(db, related(1), false, at(2));
    await restoreArticle(db, deleted);
    const [stored] = await listLinks(db);
    expect(stored).toMatchObject({
      savedForLater: false,
      fromArticles: [article(1).url, article(2).url],
    });
  });
});
