import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight,
  DbError,
  exportAll,
  importFile,
  listArticleCards,
  listHighlights,
  listLinks,
  saveArticle,
  setArticleNote,
  setLinkForLater,
  setLinkRead,
  updateHighlight,
  wipe,
  type Db,
} from '../../../utils/db';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportFileSchema,
  type ExportedArticle,
  type ExportFile,
  type Link,
} from '../../../utils/schemas';
import { article, at, freshDb, highlight, outcome, related } from './helpers';

let db: Db;
afterEach(() => db?.close());

const fileOf = (articles: ExportedArticle[], links: Link[] = []): ExportFile => ({
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: at(100),
  articles,
  links,
});

const exported = (n: number, updatedAt: string, extra: Partial<ExportedArticle> = {}) => ({
  ...article(n),
  savedAt: at(0),
  updatedAt,
  note: '',
  highlights: [],
  ...extra,
});

async function library() {
  ({ db } = await freshDb());
  await saveArticle(db, article(2, { related: [related(1), related(2)] }), at(0));
  await saveArticle(db, article(1, { related: [related(2)] }), at(1));
  await setArticleNote(db, article(1).url, 'note', at(2));
  await addHighlight(db, article(1).url, highlight('z', { createdAt: at(0) }));
  await addHighlight(db, article(1).url, highlight('y', { createdAt: at(0) }));
  await addHighlight(db, article(2).url, highlight('x'));
  await setLinkForLater(db, related(3), true, at(3));
  await setLinkRead(db, related(3).url, true, at(4));
}

describe('export', () => {
  it('gives articles by url with highlights in reading order, and links by url', async () => {
    await library();
    const data = await exportAll(db);
    expect(data.articles.map((a) => a.url)).toEqual([article(1).url, article(2).url]);
    expect(data.articles[0]?.highlights.map((h) => h.id)).toEqual(['y', 'z']);
    expect(data.articles[0]).not.toHaveProperty('articleUrl');
    expect(data.articles[0]?.highlights[0]).not.toHaveProperty('articleUrl');
    expect(data.links.map((l) => l.url)).toEqual([related(1).url, related(2).url, related(3).url]);
    expect(data.links[1]?.fromArticles).toEqual([article(2).url, article(1).url]);
    expect(ExportFileSchema.safeParse(fileOf(data.articles, data.links)).success).toBe(true);
  });
});

describe('import', () => {
  it('round-trips: export, wipe, import, export gives the same data', async () => {
    await library();
    const before = await exportAll(db);
    await wipe(db);
    expect(await listArticleCards(db)).toEqual([]);
    const counts = await importFile(db, fileOf(before.articles, before.links));
    expect(counts).toEqual({
      articles: { added: 2, updated: 0, kept: 0 },
      highlights: { added: 3, updated: 0, kept: 0 },
      links: { added: 3, updated: 0, kept: 0 },
    });
    expect(JSON.stringify(await exportAll(db))).toBe(JSON.stringify(before));
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await library();
    const before = await exportAll(db);
    const counts = await importFile(db, fileOf(before.articles, before.links));
    expect(counts).toEqual({
      articles: { added: 0, updated: 0, kept: 2 },
      highlights: { added: 0, updated: 0, kept: 3 },
      links: { added: 0, updated: 0, kept: 3 },
    });
    expect(await exportAll(db)).toEqual(before);
  });

  it('keeps the more recently updated article and highlight, without duplicates', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { title: 'db is newer' }), at(50));
    await saveArticle(db, article(2, { title: 'db is older' }), at(10));
    await addHighlight(
      db,
      article(1).url,
      highlight('h-db-newer', { note: 'db', updatedAt: at(50) }),
    );
    await addHighlight(
      db,
      article(1).url,
      highlight('h-db-older', { note: 'db', updatedAt: at(10) }),
    );
    const counts = await importFile(
      db,
      fileOf([
        exported(1, at(30), {
          title: 'file is older',
          highlights: [
            highlight('h-db-newer', { note: 'file', updatedAt: at(30) }),
            highlight('h-db-older', { note: 'file', updatedAt: at(30) }),
            highlight('h-new', { note: 'file' }),
          ],
        }),
        exported(2, at(30), { title: 'file is newer' }),
        exported(3, at(30), { title: 'only in file' }),
      ]),
    );
    expect(counts).toEqual({
      articles: { added: 1, updated: 1, kept: 1 },
      highlights: { added: 1, updated: 1, kept: 1 },
      links: { added: 0, updated: 0, kept: 0 },
    });
    const titles = (await exportAll(db)).articles.map((a) => a.title);
    expect(titles).toEqual(['db is newer', 'file is newer', 'only in file']);
    const notes = (await listHighlights(db, article(1).url)).map((h) => [h.id, h.note]);
    expect(notes.sort()).toEqual([
      ['h-db-newer', 'db'],
      ['h-db-older', 'file'],
      ['h-new', 'file'],
    ]);
  });

  it('keeps one copy of a record repeated in the file: the most recently updated', async () => {
    ({ db } = await freshDb());
    await importFile(
      db,
      fileOf([
        exported(1, at(5), { title: 'newer', highlights: [highlight('h', { updatedAt: at(9) })] }),
        exported(1, at(1), { title: 'older', highlights: [highlight('h', { note: 'old' })] }),
      ]),
    );
    const data = await exportAll(db);
    expect(data.articles.map((a) => a.title)).toEqual(['newer']);
    expect(data.articles[0]?.highlights).toEqual([highlight('h', { updatedAt: at(9) })]);
  });

  it('merges a link: articles of both, kept if either keeps it, read at the later time', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(1)] }), at(0));
    await setLinkRead(db, related(1).url, true, at(2));
    const incoming: Link = {
      ...related(1, { title: 'ignored: the stored title is kept' }),
      fromArticles: [article(2).url, article(1).url],
      savedForLater: true,
      readAt: at(7),
    };
    const counts = await importFile(db, fileOf([], [incoming]));
    expect(counts.links).toEqual({ added: 0, updated: 1, kept: 0 });
    expect(await listLinks(db)).toEqual([
      {
        ...related(1),
        fromArticles: [article(1).url, article(2).url],
        savedForLater: true,
        readAt: at(7),
      },
    ]);
  });

  it('changes nothing when one record cannot be stored', async () => {
    await library();
    await updateHighlight(db, 'x', { note: 'before import' }, at(5));
    const before = await exportAll(db);
    const broken = { ...highlight('broken'), id: null } as unknown as ReturnType<typeof highlight>;
    const file = fileOf(
      [
        exported(1, at(90), { title: 'would replace' }),
        exported(5, at(90), { highlights: [highlight('fine')] }),
        exported(6, at(90), { highlights: [broken] }),
      ],
      [{ ...related(8), fromArticles: [], savedForLater: true, readAt: null }],
    );
    const result = await outcome(importFile(db, file));
    expect(result).toMatchObject({ error: { code: 'invalid' } });
    expect((result as { error: unknown }).error).toBeInstanceOf(DbError);
    expect(await exportAll(db)).toEqual(before);
  });
});

describe('wipe', () => {
  it('deletes every article, highlight and link', async () => {
    await library();
    await wipe(db);
    expect(await exportAll(db)).toEqual({ articles: [], links: [] });
    expect(await listHighlights(db, article(1).url)).toEqual([]);
  });
});
