import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight,
  exportAll,
  getArticle,
  listHighlights,
  saveArticle,
  setArticleNote,
  updateHighlight,
  importFile,
  type Db,
} from '../../../utils/db';
import { buildExportFile, serializeExport } from '../../../utils/export';
import { MAX_IMPORT_BYTES } from '../../../utils/limits';
import type { ImportProgress } from '../../../utils/transfer/import-protocol';
import { runImport } from '../../../utils/transfer/run-import';
import { article, at, freshDb, highlight } from '../db/helpers';

let db: Db;
afterEach(() => db?.close());

const URL_1 = article(1).url;
/** The reader's clock: an hour after the last edit of these tests. */
const clock = () => new Date(at(60 * 24));

async function oldExport(): Promise<Blob> {
  const text = serializeExport(buildExportFile(await exportAll(db), { now: at(5) }));
  return new Blob([text], { type: 'application/json' });
}

async function importBlob(file: Blob) {
  return runImport(file, { save: (f, p) => importFile(db, f, p), now: clock });
}

interface LooseFile {
  articles: { note: string; updatedAt: string; highlights: { note: string }[] }[];
}

/** A copy of `file` with fields of its first article (or that article's highlight) rewritten. */
async function edited(file: Blob, change: (json: LooseFile) => void): Promise<Blob> {
  const json = JSON.parse(await file.text()) as LooseFile;
  change(json);
  return new Blob([JSON.stringify(json)]);
}

describe('importing a file merges by the time of the last change', () => {
  it('never lets an old file overwrite a newer edit of an article or a highlight', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(1));
    await addHighlight(db, URL_1, highlight('h1', { note: 'first thought' }));
    const old = await oldExport();

    await setArticleNote(db, URL_1, 'a newer note', at(10));
    await updateHighlight(db, 'h1', { note: 'a second thought' }, at(11));

    const outcome = await importBlob(old);
    expect(outcome).toMatchObject({
      kind: 'done',
      result: { articles: { kept: 1, updated: 0 }, highlights: { kept: 1, updated: 0 } },
    });
    expect((await getArticle(db, URL_1))?.note).toBe('a newer note');
    expect((await listHighlights(db, URL_1))[0]?.note).toBe('a second thought');
  });

  it('lets a newer file win, and keeps the stored copy on a tie (positive control)', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(1));
    await addHighlight(db, URL_1, highlight('h1'));
    const old = await oldExport();

    const newer = await edited(old, (json) => {
      json.articles[0]!.note = 'written on another machine';
      json.articles[0]!.updatedAt = at(20);
      json.articles[0]!.highlights[0]!.note = 'tie';
    });
    const outcome = await importBlob(newer);
    expect(outcome).toMatchObject({
      kind: 'done',
      result: { articles: { updated: 1 }, highlights: { kept: 1 } },
    });
    expect((await getArticle(db, URL_1))?.note).toBe('written on another machine');
    expect((await listHighlights(db, URL_1))[0]?.note).toBe('');
  });

  it('refuses a file dated in the far future, which would win every later merge', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(1));
    const old = await oldExport();
    await setArticleNote(db, URL_1, 'my latest note', at(10));
    const before = await exportAll(db);

    const planted = await edited(old, (json) => {
      json.articles[0]!.note = 'planted';
      json.articles[0]!.updatedAt = '9999-12-31T23:59:59.999Z';
    });
    const outcome = await importBlob(planted);
    expect(outcome).toMatchObject({
      kind: 'invalid',
      more: 0,
      problems: [
        {
          at: { kind: 'article', n: 1 },
          field: 'updatedAt',
          code: 'inFuture',
          args: ['9999-12-31T23:59:59.999Z'],
        },
      ],
    });
    expect(await exportAll(db)).toEqual(before);
  });
});

describe('the size of the file', () => {
  it('is checked before a byte is read', async () => {
    ({ db } = await freshDb());
    let read = false;
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      stream: () => ((read = true), new Blob([]).stream()),
      text: async () => ((read = true), ''),
    } as unknown as Blob;
    const progress: ImportProgress[] = [];
    const outcome = await runImport(huge, {
      save: (f, p) => importFile(db, f, p),
      onProgress: (p) => progress.push(p),
    });
    expect(outcome).toEqual({
      kind: 'invalid',
      more: 0,
      problems: [
        { at: { kind: 'file' }, item: null, field: null, code: 'tooLarge', args: [201, 200] },
      ],
    });
    expect(read).toBe(false);
    expect(progress).toEqual([]);

    // Positive control: the same stand-in at the limit is read.
    const atLimit = { ...huge, size: MAX_IMPORT_BYTES } as Blob;
    await runImport(atLimit, { save: (f, p) => importFile(db, f, p) });
    expect(read).toBe(true);
  });
});
