import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportAll, importFile, openDb, wipe, type Db } from '../../../utils/db';
import {
  buildExportFile,
  buildMarkdown,
  markdownLabels,
  parseImport,
  serializeExport,
  type ExportData,
} from '../../../utils/export';
import { translatorFor } from '../i18n/messages';
import { makeExportData } from './generate';

const NOW = '2024-06-01T08:00:00.000Z';

const exportedText = async (db: Db) =>
  serializeExport(buildExportFile(await exportAll(db), { now: NOW }));

function tagged(data: ExportData): ExportData {
  return {
    ...data,
    articles: data.articles.map((a, i) => (i % 3 === 0 ? { ...a, tags: ['政策', `t${i}`] } : a)),
  };
}

async function roundTrip(text: string): Promise<string> {
  const db = await openDb('t', new IDBFactory());
  try {
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await importFile(db, parsed.file);
    const first = await exportedText(db);
    await wipe(db);
    const again = parseImport(first);
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    await importFile(db, again.file);
    expect(await exportedText(db)).toBe(first);
    return first;
  } finally {
    db.close();
  }
}

describe('export file versions', () => {
  it('writes a library without tags as version 1, byte for byte as before tags existed', async () => {
    const text = serializeExport(
      buildExportFile(makeExportData(5, { articles: 40 }), { now: NOW }),
    );
    const file = JSON.parse(text);
    expect(file.version).toBe(1);
    expect(text).not.toContain('"tags"');
    expect(await roundTrip(text)).toBe(text);
  });

  it('writes a library with tags as version 2 and takes it back identically', async () => {
    const text = serializeExport(
      buildExportFile(tagged(makeExportData(6, { articles: 40 })), { now: NOW }),
    );
    const file = JSON.parse(text);
    expect(file.version).toBe(2);
    expect(file.articles.filter((a: { tags?: unknown }) => a.tags)).toHaveLength(14);
    expect(file.articles[1]).not.toHaveProperty('tags');
    // `tags` follows `note` in each article, as the contract orders keys.
    const keys = Object.keys(file.articles.find((a: { tags?: unknown }) => a.tags));
    expect(keys.slice(keys.indexOf('note'), keys.indexOf('note') + 3)).toEqual([
      'note',
      'tags',
      'highlights',
    ]);
    expect(await roundTrip(text)).toBe(text);
  });

  it('refuses tags in a version-1 file, and empty or repeated tags in a version-2 file', () => {
    const v1 = JSON.parse(
      serializeExport(buildExportFile(makeExportData(7, { articles: 3 }), { now: NOW })),
    );
    v1.articles[0].tags = ['x'];
    const refused = parseImport(JSON.stringify(v1));
    expect(refused).toMatchObject({ ok: false });
    expect(refused).toMatchObject({
      problems: [{ at: { kind: 'article', n: 1 }, code: 'unknownField', args: ['tags', 1] }],
    });

    for (const tags of [[], ['a', 'A'], [' padded '], ['']]) {
      const v2 = { ...v1, version: 2 };
      v2.articles[0].tags = tags;
      expect(parseImport(JSON.stringify(v2)).ok).toBe(false);
    }
    v1.articles[0].tags = ['fine'];
    expect(parseImport(JSON.stringify({ ...v1, version: 2 })).ok).toBe(true);
  });

  it('lists tags in the Markdown export', () => {
    const labels = markdownLabels(translatorFor('en'));
    const md = buildMarkdown(tagged(makeExportData(8, { articles: 1 })), { now: NOW, labels });
    expect(md).toContain('- Tags: 政策, t0');
  });
});
