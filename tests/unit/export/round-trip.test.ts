import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addHighlight,
  exportAll,
  importFile,
  openDb,
  saveArticle,
  setArticleNote,
  setLinkForLater,
  wipe,
  type Db,
} from '../../../utils/db';
import { buildExportFile, parseImport, serializeExport } from '../../../utils/export';
import type { ExportFile } from '../../../utils/schemas';
import { makeExportData } from './generate';
import { invalidExportText } from './mutations';

const NOW = '2024-06-01T08:00:00.000Z';

/** The bytes an export of the database would have now. */
async function exportedText(db: Db): Promise<string> {
  return serializeExport(buildExportFile(await exportAll(db), { now: NOW }));
}

/** What the popup does with a picked file: read it, and import it only when it is acceptable. */
async function importText(db: Db, text: string) {
  const result = parseImport(text);
  if (result.ok) await importFile(db, result.file);
  return result;
}

async function timed<T>(label: string, times: Record<string, number>, work: () => Promise<T>) {
  const start = performance.now();
  const result = await work();
  times[label] = Math.round(performance.now() - start);
  return result;
}

describe('export → wipe → import → export', () => {
  it('gives the same bytes for 1,000 articles and 10,000 highlights', async () => {
    const times: Record<string, number> = {};
    const db = await openDb('t', new IDBFactory());
    const data = makeExportData(2024, { articles: 1000, highlightsPerArticle: 10 });
    const original = serializeExport(buildExportFile(data, { now: NOW }));
    const parsed = await timed('parse', times, async () => parseImport(original));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.articles).toHaveLength(1000);
    expect(parsed.file.articles.flatMap((a) => a.highlights)).toHaveLength(10_000);
    expect(parsed.file.links.some((l) => l.savedForLater)).toBe(true);

    await timed('import', times, () => importFile(db, parsed.file));
    const first = await timed('export', times, () => exportedText(db));
    expect(first).toBe(original);

    await timed('wipe', times, () => wipe(db));
    expect(await exportedText(db)).toBe(
      serializeExport(buildExportFile({ articles: [], links: [] }, { now: NOW })),
    );
    await timed('reimport', times, () => importText(db, first));
    const second = await timed('reexport', times, () => exportedText(db));
    expect(second).toBe(first);
    console.info(
      `round trip of ${(first.length / 1e6).toFixed(1)} M chars (ms): ${JSON.stringify(times)}`,
    );
    db.close();
  }, 120_000);

  it('gives the same bytes for records made by reader actions', async () => {
    const db = await openDb('t', new IDBFactory());
    const data = makeExportData(7, { articles: 30, highlightsPerArticle: 4 });
    for (const { highlights, savedAt, updatedAt: _u, note, ...article } of data.articles) {
      await saveArticle(db, article, savedAt);
      if (note) await setArticleNote(db, article.url, note, savedAt);
      for (const h of highlights) await addHighlight(db, article.url, h);
    }
    const kept = data.links.filter((l) => l.savedForLater);
    for (const l of kept) await setLinkForLater(db, l, true, NOW);
    await setLinkForLater(
      db,
      {
        title: '只是稍后读 📌',
        url: 'https://example.org/later',
        summary: null,
        publishedAt: null,
      },
      true,
      NOW,
    );

    const first = await exportedText(db);
    const parsed = parseImport(first);
    expect(parsed.ok).toBe(true);
    expect(first).toContain('https://example.org/later');
    await wipe(db);
    await importText(db, first);
    expect(await exportedText(db)).toBe(first);
    db.close();
  });
});

describe('refused imports leave the database as it was', () => {
  let db: Db;
  let before: string;

  beforeAll(async () => {
    db = await openDb('t', new IDBFactory());
    const text = serializeExport(
      buildExportFile(makeExportData(99, { articles: 20, highlightsPerArticle: 5 }), { now: NOW }),
    );
    await importText(db, text);
    before = await exportedText(db);
    expect(before).toBe(text);
  });

  afterAll(() => db.close());

  it('refuses each of 250 broken files before touching the database', async () => {
    await fc.assert(
      fc.asyncProperty(invalidExportText, async ({ kind, text }) => {
        const result = await importText(db, text);
        expect(result.ok, kind).toBe(false);
        expect(await exportedText(db)).toBe(before);
      }),
      { numRuns: 250 },
    );
  }, 120_000);

  it('keeps nothing of an import that fails partway', async () => {
    const valid = parseImport(
      serializeExport(buildExportFile(makeExportData(100, { articles: 5 }), { now: NOW })),
    );
    if (!valid.ok) throw new Error(JSON.stringify(valid.problems));
    const broken = structuredClone(valid.file);
    const last = broken.articles.at(-1)!;
    (last.highlights[0] as { id: unknown }).id = undefined;
    await expect(importFile(db, broken as ExportFile)).rejects.toThrow();
    expect(await exportedText(db)).toBe(before);
  });
});
