import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportAll, importFile, openDb, wipe, type Db } from '../../../utils/db';
import {
  buildExportFile,
  buildMarkdown,
  buildNoteFiles,
  defaultNoteTemplate,
  highlightTagLine,
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

/** Every third article's first highlight carries tags of its own. */
function highlightTagged(data: ExportData): ExportData {
  return {
    ...data,
    articles: data.articles.map((a, i) =>
      i % 3 === 0 && a.highlights.length > 0
        ? {
            ...a,
            highlights: a.highlights.map((h, k) =>
              k === 0 ? { ...h, tags: ['芯片', 'to read'] } : h,
            ),
          }
        : a,
    ),
  };
}

async function importText(db: Db, text: string) {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  await importFile(db, parsed.file);
}

describe('highlight tags in the export file', () => {
  it('are written in version 3, after the selector, and come back identically after a wipe', async () => {
    const data = highlightTagged(makeExportData(11, { articles: 12, highlightsPerArticle: 2 }));
    const text = serializeExport(buildExportFile(data, { now: NOW }));
    const file = JSON.parse(text);
    expect(file.version).toBe(3);
    const tagged = file.articles.flatMap((a: { highlights: { tags?: string[] }[] }) =>
      a.highlights.filter((h) => h.tags),
    );
    expect(tagged).toHaveLength(4);
    expect(tagged[0].tags).toEqual(['芯片', 'to read']);
    expect(Object.keys(tagged[0]).slice(-2)).toEqual(['selector', 'tags']);

    const db = await openDb('t', new IDBFactory());
    try {
      await importText(db, text);
      const first = await exportedText(db);
      expect(first).toBe(text);
      await wipe(db);
      await importText(db, first);
      expect(await exportedText(db)).toBe(text);
    } finally {
      db.close();
    }
  });

  it('keep a library without them in version 1 or 2, as earlier releases wrote it', () => {
    const plain = makeExportData(12, { articles: 6, highlightsPerArticle: 2 });
    expect(JSON.parse(serializeExport(buildExportFile(plain, { now: NOW }))).version).toBe(1);
    const articleTags = {
      ...plain,
      articles: plain.articles.map((a) => ({ ...a, tags: ['政策'] })),
    };
    expect(JSON.parse(serializeExport(buildExportFile(articleTags, { now: NOW }))).version).toBe(2);
  });

  it('are refused in a version-2 file, and must be clean in version 3', () => {
    const data = highlightTagged(makeExportData(13, { articles: 3, highlightsPerArticle: 1 }));
    const v3 = JSON.parse(serializeExport(buildExportFile(data, { now: NOW })));
    expect(parseImport(JSON.stringify(v3)).ok).toBe(true);
    const v2 = parseImport(JSON.stringify({ ...v3, version: 2 }));
    expect(v2).toMatchObject({ ok: false, problems: [{ code: 'unknownField' }] });
    for (const tags of [[], ['a', 'A'], [' padded ']]) {
      v3.articles[0].highlights[0].tags = tags;
      expect(parseImport(JSON.stringify(v3)).ok).toBe(false);
    }
  });
});

describe('highlight tags in Markdown', () => {
  it('are one line of #tags (spaces as -) after the note', () => {
    expect(highlightTagLine({ tags: ['芯片', 'to read', 'AI/政策'] })).toBe(
      '#芯片 #to-read #AI/政策',
    );
    expect(highlightTagLine({})).toBe('');
  });

  it('follow the highlight in the Markdown export and in the notes', () => {
    const base = makeExportData(14, { articles: 1, highlightsPerArticle: 2 });
    const a = base.articles[0]!;
    const data: ExportData = {
      ...base,
      articles: [
        {
          ...a,
          highlights: [{ ...a.highlights[0]!, note: '要点', tags: ['芯片', 'to read'] }],
        },
      ],
    };
    const labels = markdownLabels(translatorFor('en'));
    const md = buildMarkdown(data, { now: NOW, labels });
    expect(md).toContain('要点\n\n#芯片 #to-read\n');
    const [note] = buildNoteFiles(data, {
      template: defaultNoteTemplate({
        quickRead: 'Quick read',
        note: 'Note',
        highlights: 'Highlights',
        related: 'Related',
      }),
      timeZone: 'Asia/Shanghai',
      listSeparator: ', ',
      untitled: 'Untitled',
    });
    expect(note!.text).toContain('要点\n\n#芯片 #to-read');
    // Control: without tags, no tag line.
    const plain = buildMarkdown(
      {
        ...data,
        articles: [{ ...data.articles[0]!, highlights: [{ ...a.highlights[0]!, note: '要点' }] }],
      },
      { now: NOW, labels },
    );
    expect(plain).toContain('要点\n');
    expect(plain).not.toContain('#芯片');
  });
});
