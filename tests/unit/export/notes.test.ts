import { createHash } from 'node:crypto';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  buildNoteFiles,
  defaultNoteTemplate,
  frontMatter,
  localIsoTime,
  noteTag,
  renderNoteTemplate,
  unknownVariables,
  yamlString,
  zipNotes,
  NOTES_FOLDER,
  notesWords,
  templateProblem,
  type ExportData,
  type NotesOptions,
} from '../../../utils/export';
import { MAX_TEMPLATE_CHARS } from '../../../utils/limits';
import type { ExportedArticle } from '../../../utils/schemas';
import { makeExportData } from './generate';
import { translatorFor } from '../i18n/messages';

const SHANGHAI = 'Asia/Shanghai';
const template = defaultNoteTemplate({
  quickRead: 'Quick read',
  note: 'Note',
  highlights: 'Highlights',
  related: 'Related links',
});
const options: NotesOptions = {
  template,
  timeZone: SHANGHAI,
  listSeparator: ', ',
  untitled: 'Untitled',
};

function article(over: Partial<ExportedArticle> = {}): ExportedArticle {
  return {
    url: 'https://news.example.com/a',
    format: 'quickread',
    title: '台积电 2nm: "量产" 开始 #1',
    publishedAt: '2026-12-01',
    source: '新智元',
    summary: '本周要闻。\n第二行',
    keywords: ['大模型', 'GPT-5', 'Open AI', '2026'],
    aiGenerated: true,
    bodyText: '正文',
    related: [],
    savedAt: '2026-12-02T16:56:56.000Z',
    updatedAt: '2026-12-02T17:00:00.000Z',
    note: '值得一读',
    highlights: [],
    tags: ['芯片'],
    ...over,
  };
}

/** The YAML between the first two `---` lines of a note. */
function frontMatterOf(text: string): unknown {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(m, 'the note starts with a front matter block').not.toBeNull();
  return parse(m![1]!);
}

describe('notes front matter', () => {
  it('parses as YAML with the article fields, local times and tags', () => {
    const [file] = buildNoteFiles({ articles: [article()], links: [] }, options);
    expect(frontMatterOf(file!.text)).toEqual({
      title: '台积电 2nm: "量产" 开始 #1',
      url: 'https://news.example.com/a',
      source: '新智元',
      published: '2026-12-01',
      saved: '2026-12-03T00:56:56+08:00',
      tags: ['大模型', 'GPT-5', 'Open-AI', '芯片'],
      aiGenerated: true,
    });
  });

  it('keeps any title, source and keyword intact through YAML', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        (title, source) => {
          const yaml = frontMatter(article({ title, source, keywords: [] }), 'UTC');
          const parsed = parse(yaml.slice(4, -4)) as Record<string, unknown>;
          expect(parsed.title).toBe(title);
          expect(parsed.source).toBe(source === '' ? undefined : source);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a string scalar that no value can break out of', () => {
    expect(parse(`x: ${yamlString('a\n---\nb: c # d\u2028\u0085')}`)).toEqual({
      x: 'a\n---\nb: c # d\u2028\u0085',
    });
  });

  it('makes tags a notes app accepts and drops tags without a letter', () => {
    expect(noteTag(' Open AI ')).toBe('Open-AI');
    expect(noteTag('C#/.NET')).toBe('C/NET');
    expect(noteTag('2026')).toBeNull();
    expect(noteTag('#')).toBeNull();
  });

  it('shows instants in the reader time zone and keeps zone-less times as written', () => {
    const at = new Date('2026-07-01T12:00:00Z');
    expect(localIsoTime(at, 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
    expect(localIsoTime(at, 'Asia/Kolkata')).toBe('2026-07-01T17:30:00+05:30');
    const [withZone] = buildNoteFiles(
      { articles: [article({ publishedAt: '2026-12-01T20:00:00Z' })], links: [] },
      options,
    );
    expect(frontMatterOf(withZone!.text)).toMatchObject({ published: '2026-12-02T04:00:00+08:00' });
    const [bare] = buildNoteFiles(
      { articles: [article({ publishedAt: '2026-12-01T09:30' })], links: [] },
      options,
    );
    expect(frontMatterOf(bare!.text)).toMatchObject({ published: '2026-12-01T09:30' });
  });
});

describe('notes body', () => {
  it('holds the summary, the note and each highlight as a quote with its note', () => {
    const exact = '先进制程\n良率提升';
    const [file] = buildNoteFiles(
      {
        articles: [
          article({
            highlights: [
              {
                id: 'h1',
                text: exact,
                note: '关键数字',
                color: 'yellow',
                createdAt: '2026-12-02T17:00:00.000Z',
                updatedAt: '2026-12-02T17:00:00.000Z',
                selector: { exact, prefix: '', suffix: '', start: 0, end: exact.length },
              },
            ],
          }),
        ],
        links: [],
      },
      options,
    );
    const body = file!.text.split('\n---\n')[1]!;
    expect(body).toContain('# 台积电 2nm: "量产" 开始 \\#1\n');
    expect(body).toContain('## Quick read\n\n本周要闻。  \n第二行\n');
    expect(body).toContain('## Note\n\n值得一读\n');
    expect(body).toContain('## Highlights\n\n> 先进制程  \n> 良率提升\n\n关键数字\n');
    expect(body).not.toContain('## Related links');
  });

  it('leaves out sections with nothing in them', () => {
    const [file] = buildNoteFiles(
      { articles: [article({ summary: null, note: '' })], links: [] },
      options,
    );
    expect(file!.text).not.toContain('## Quick read');
    expect(file!.text).not.toContain('## Note');
    expect(file!.text).not.toContain('## Highlights');
    expect(file!.text).toContain('# 台积电');
  });

  it('fills a template the reader wrote, and names the variables it does not know', () => {
    const own = 'Source: {{source}} · {{tags}}\n\n{{ title }} {{author}}';
    expect(unknownVariables(own)).toEqual(['author']);
    const [file] = buildNoteFiles(
      { articles: [article()], links: [] },
      { ...options, template: own },
    );
    expect(
      file!.text.endsWith(
        'Source: 新智元 · #大模型 #GPT-5 #Open-AI #芯片\n\n台积电 2nm: "量产" 开始 \\#1\n',
      ),
    ).toBe(true);
    expect(renderNoteTemplate('{{note}}', { note: 'x' } as never)).toBe('x\n');
  });
});

describe('notes folder and zip', () => {
  const data: ExportData = makeExportData(20, { articles: 12 });

  it('names files by local saved date and title, oldest first, each name once', () => {
    const files = buildNoteFiles(data, options);
    expect(files).toHaveLength(12);
    const names = files.map((f) => f.path);
    expect([...names].sort()).toEqual(names);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^\d{4}-\d{2}-\d{2} [^/\\:*?"<>|#^[\]]+\.md$/);
    }
    const twice = buildNoteFiles(
      { articles: [article(), article({ url: 'https://b.example/' })], links: [] },
      options,
    );
    expect(twice.map((f) => f.path)).toEqual([
      '2026-12-03 台积电 2nm 量产 开始 1.md',
      '2026-12-03 台积电 2nm 量产 开始 1 (2).md',
    ]);
  });

  it('gives the same zip for the same library, whatever order it comes in', async () => {
    const zip = zipNotes(buildNoteFiles(data, options), SHANGHAI);
    const shuffled = { articles: [...data.articles].reverse(), links: [...data.links].reverse() };
    const again = zipNotes(buildNoteFiles(shuffled, options), SHANGHAI);
    expect(Buffer.from(again).equals(Buffer.from(zip))).toBe(true);
    // The bytes of this library's zip, fixed: a change to any note's text or name changes them.
    expect(createHash('sha256').update(zip).digest('hex')).toMatchInlineSnapshot(
      `"dc189b90f429b954e1aa291426f496c3d84ff62f2aebfaff6734430c1a2f12ac"`,
    );
    const other = zipNotes(buildNoteFiles(makeExportData(21, { articles: 12 }), options), SHANGHAI);
    expect(Buffer.from(other).equals(Buffer.from(zip))).toBe(false);
  });

  it('unzips (with another zip library) into the folder of notes', async () => {
    const files = buildNoteFiles(data, options);
    const zip = await JSZip.loadAsync(zipNotes(files, SHANGHAI));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names).toEqual(files.map((f) => `${NOTES_FOLDER}/${f.path}`));
    for (const f of files) {
      expect(await zip.file(`${NOTES_FOLDER}/${f.path}`)!.async('string')).toBe(f.text);
      expect(frontMatterOf(f.text)).toMatchObject({ url: expect.stringMatching(/^https:/) });
    }
  });
});

describe('the reader’s template', () => {
  it('is refused with the reason in the reader’s language when it names unknown variables', () => {
    const zh = translatorFor('zh_CN');
    expect(templateProblem('# {{title}}\n{{author}}', zh)).toBe('模板中有未知变量：{{author}}');
    expect(templateProblem('x'.repeat(MAX_TEMPLATE_CHARS + 1), zh)).toContain('模板太长');
    // Positive control: the default template, in every language, is accepted.
    for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
      const t = translatorFor(locale);
      expect(templateProblem(notesWords(t).defaultTemplate, t)).toBeNull();
    }
  });
});
