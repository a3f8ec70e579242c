import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DbError, exportAll, importFile, saveArticle, type Db } from '../../../utils/db';
import type { ExportFile } from '../../../utils/schemas';
import { buildExportFile, serializeExport } from '../../../utils/export';
import {
  ImportOutcomeSchema,
  ImportReplySchema,
  type ImportProgress,
} from '../../../utils/transfer/import-protocol';
import { runImport } from '../../../utils/transfer/run-import';
import { article, at, freshDb } from '../db/helpers';
import { makeExportData } from '../export/generate';

const NOW = '2024-06-01T08:00:00.000Z';

let db: Db;
/** The save the background's owner does: `importFile` into the test database. */
const saveInto = (d: () => Db) =>
  vi.fn((file: ExportFile, onProgress: (done: number, total: number) => void) =>
    importFile(d(), file, onProgress),
  );
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

function exportBlob(articles: number, highlightsPerArticle: number): Blob {
  const data = makeExportData(7, { articles, highlightsPerArticle });
  return new Blob([serializeExport(buildExportFile(data, { now: NOW }))], {
    type: 'application/json',
  });
}

async function run(file: Blob) {
  ({ db } = await freshDb());
  const progress: ImportProgress[] = [];
  const save = saveInto(() => db);
  const outcome = await runImport(file, { save, onProgress: (p) => progress.push(p) });
  return { outcome, progress, save };
}

describe('runImport', () => {
  it('reads, checks and saves a valid file, reporting each step in order', async () => {
    const file = exportBlob(1200, 2);
    const { outcome, progress } = await run(file);
    expect(outcome).toMatchObject({ kind: 'done', result: { articles: { added: 1200 } } });
    expect(ImportOutcomeSchema.parse(outcome)).toEqual(outcome);
    expect(progress.every((p) => ImportReplySchema.safeParse(p).success)).toBe(true);

    const phases = progress.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['reading', 'checking', 'saving']);
    const reading = progress.filter((p) => p.phase === 'reading');
    expect(reading.at(-1)).toMatchObject({ done: file.size, total: file.size });
    const saving = progress.filter((p) => p.phase === 'saving');
    const total = saving[0]!.total;
    expect(total).toBe(1200 + 2400 + (await exportAll(db)).links.length);
    expect(saving.map((p) => p.done)).toEqual([...saving.map((p) => p.done)].sort((a, b) => a - b));
    expect(saving.some((p) => p.done > 0 && p.done < total)).toBe(true);
    expect(saving.at(-1)).toMatchObject({ done: total, total });

    const saved = await exportAll(db);
    expect(saved.articles).toHaveLength(1200);
    expect(saved.articles.flatMap((a) => a.highlights)).toHaveLength(2400);
  }, 30_000);

  it('refuses a bad file with the path of each problem and leaves the database alone', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(0));
    const before = await exportAll(db);
    const text = JSON.stringify({
      format: 'ai-news-annotator',
      version: 1,
      exportedAt: NOW,
      articles: [{ url: 'javascript:alert(1)' }],
      links: [],
    });
    const save = saveInto(() => db);
    const progress: ImportProgress[] = [];
    const outcome = await runImport(new Blob([text]), {
      save,
      onProgress: (p) => progress.push(p),
    });
    expect(outcome.kind).toBe('invalid');
    const problems = outcome.kind === 'invalid' ? outcome.problems : [];
    const first = { kind: 'article', n: 1, title: null };
    expect(problems).toContainEqual(
      expect.objectContaining({ at: first, field: 'url', code: 'notWebAddress' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ at: first, field: 'title', code: 'missing' }),
    );
    expect(progress.map((p) => p.phase)).not.toContain('saving');
    expect(save).not.toHaveBeenCalled();
    expect(await exportAll(db)).toEqual(before);
  });

  it('says plainly when the file is not JSON', async () => {
    const { outcome } = await run(new Blob(['{"format": ']));
    expect(outcome).toMatchObject({ kind: 'invalid' });
    expect(outcome.kind === 'invalid' && outcome.problems[0]?.code).toBe('notJson');
  });

  it('reports a storage failure with its code and keeps nothing of the file', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(0));
    const before = await exportAll(db);
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++puts > 50) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const outcome = await runImport(exportBlob(40, 3), { save: saveInto(() => db) });
    expect(outcome).toEqual({
      kind: 'failed',
      code: 'quota',
      detail: new DbError('quota').message,
    });
    vi.restoreAllMocks();
    expect(await exportAll(db)).toEqual(before);
  });

  it('reports a database that cannot be opened', async () => {
    const outcome = await runImport(exportBlob(2, 1), {
      save: () => Promise.reject(new DbError('blocked')),
    });
    expect(outcome).toMatchObject({ kind: 'failed', code: 'blocked' });
  });
});

describe('importFile progress', () => {
  it('counts every record once, including those left as they were', async () => {
    ({ db } = await freshDb());
    const data = makeExportData(3, { articles: 30, highlightsPerArticle: 40 });
    const file = buildExportFile(data, { now: NOW });
    await importFile(db, file);
    const calls: [number, number][] = [];
    const result = await importFile(db, file, (done, total) => calls.push([done, total]));
    const total = 30 + 1200 + file.links.length;
    expect(result.highlights.kept).toBe(1200);
    expect(calls[0]).toEqual([0, total]);
    expect(calls).toContainEqual([1000, total]);
    expect(calls.at(-1)).toEqual([total, total]);
  });
});
