import { describe, expect, it } from 'vitest';
import {
  MAX_EXPORT_ARTICLES,
  MAX_HIGHLIGHTS_PER_ARTICLE,
  MAX_IMPORT_BYTES,
  MAX_LINK_SOURCES,
} from '../../../utils/limits';
import {
  MAX_LISTED_PROBLEMS,
  buildExportFile,
  importSizeProblem,
  parseImport,
  serializeExport,
  type ImportProblem,
} from '../../../utils/export';
import { problemsText } from '../../../utils/transfer/problem-text';
import { translatorFor } from '../i18n/messages';
import { makeExportData } from './generate';

const NOW = '2024-06-01T08:00:00.000Z';
/** The reader's clock: a little after the files were made. */
const CLOCK = new Date('2024-06-02T08:00:00.000Z');
const en = translatorFor('en');
const zh = translatorFor('zh_CN');
const tw = translatorFor('zh_TW');
const grouped = (n: number) => n.toLocaleString('en');
/** Chinese punctuation is full-width: `fw('(a):')` is `（a）：`. */
const fw = (text: string) =>
  text.replace(/[(),:;]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function validFile() {
  return JSON.parse(
    serializeExport(buildExportFile(makeExportData(41, { articles: 5 }), { now: NOW })),
  );
}

function refusal(text: string) {
  const result = parseImport(text, { now: CLOCK });
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}
const problemsOf = (text: string) => refusal(text).problems;
const problemsFor = (value: unknown) => problemsOf(JSON.stringify(value));
/** The refusal as the reader sees it, one line per problem. */
const linesFor = (value: unknown, t = en) => {
  const { problems, more } = refusal(typeof value === 'string' ? value : JSON.stringify(value));
  return problemsText(problems, more, t, grouped).split('\n');
};
const codes = (problems: ImportProblem[]) => problems.map((p) => p.code);

describe('reading an export file', () => {
  it('accepts what export writes, and gives back the same bytes', () => {
    const text = serializeExport(
      buildExportFile(makeExportData(42, { articles: 8 }), { now: NOW }),
    );
    const result = parseImport(text, { now: CLOCK });
    expect(result.ok).toBe(true);
    if (result.ok) expect(serializeExport(result.file)).toBe(text);
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(parseImport('\ufeff' + JSON.stringify(validFile()), { now: CLOCK }).ok).toBe(true);
  });

  it('says in plain words when the file is not JSON, or empty', () => {
    const lines = linesFor('{"format": "ai-news-annotator", ');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^The file is not valid JSON/);
    expect(linesFor('   ')).toEqual(['The file is empty.']);
    expect(linesFor('   ', zh)).toEqual(['文件是空的。']);
  });

  it('says when the file is some other kind of JSON', () => {
    const other = 'This is not an export file of AI News Annotator.';
    expect(linesFor({ ...validFile(), format: 'hypothesis' })).toEqual([other]);
    const { format: _format, ...noFormat } = validFile();
    expect(linesFor(noFormat)).toEqual([other]);
    expect(linesFor([validFile()])).toEqual([other]);
    expect(linesFor('null')).toEqual([other]);
  });

  it('says when the file was made by a newer version', () => {
    const [line] = linesFor({ ...validFile(), version: 4 });
    expect(line).toMatch(/newer version .*file version 4; this version reads version 3/);
    expect(linesFor({ ...validFile(), version: '1' })).toEqual([
      'The file: version has a value this version does not know (“1”)',
    ]);
  });

  it('names each problem by the 1-based entry and its title, in the reader’s language', () => {
    const file = validFile();
    file.articles[3].url = 'javascript:alert(1)';
    file.articles[0].highlights[2].selector.start = -1;
    file.articles[1].highlights[0].color = 'red';
    delete file.articles[2].title;
    file.links[0].readAt = 'yesterday';
    file.articles[4].surprise = true;
    const title = (i: number) => file.articles[i].title as string;
    const lines = linesFor(file);
    expect(lines).toEqual(
      expect.arrayContaining([
        `Article 4 (“${title(3)}”): address is not a web address (“javascript:alert(1)”)`,
        `Article 1 (“${title(0)}”), highlight 3: start position is too small (at least 0)`,
        `Article 2 (“${title(1)}”), highlight 1: color has a value this version does not know (“red”)`,
        'Article 3: the title field is missing',
        `Link 1 (“${file.links[0].title}”): time read is not a date and time (“yesterday”)`,
        `Article 5 (“${title(4)}”): unknown field “surprise”`,
      ]),
    );
    expect(lines).toHaveLength(6);
    expect(linesFor(file, zh)).toContain(
      fw(`第 4 篇文章(《${title(3)}》):地址不是网址(“`) + 'javascript:alert(1)' + fw('”)'),
    );
    expect(linesFor(file, tw)).toContain(
      fw(`第 4 篇文章(〈${title(3)}〉):網址不是網址(「`) + 'javascript:alert(1)' + fw('」)'),
    );
  });

  it('names items inside an entry: a related link, a keyword, a source article', () => {
    const file = validFile();
    file.articles[0].related = [{ title: 'x', url: 'ftp://a', summary: null, publishedAt: null }];
    file.articles[1].keywords = ['ok', 'k'.repeat(201)];
    file.links[1].fromArticles = ['https://ok.example/', 'mailto:x@y'];
    const lines = linesFor(file);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Article 1 \(.*\), related link 1: address is not a web address/),
        expect.stringMatching(/^Article 2 \(.*\), keyword 2: the value is too long \(at most 200/),
        expect.stringMatching(/^Link 2 \(.*\), source article 2: the value is not a web address/),
      ]),
    );
  });

  it('reports a selector that ends before it starts', () => {
    const file = validFile();
    const selector = file.articles[0].highlights[0].selector;
    selector.end = selector.start - 1;
    expect(codes(problemsFor(file))).toEqual(['endBeforeStart']);
    expect(linesFor(file)[0]).toMatch(/highlight 1: the highlight ends before it starts$/);
  });

  it('describes wrong types by what was expected', () => {
    const file = validFile();
    file.articles[0].keywords = 'AI';
    file.articles[1].related = {};
    file.articles[2].aiGenerated = 'yes';
    file.articles[3].highlights[0].selector.start = 1.5;
    expect(codes(problemsFor(file))).toEqual([
      'shouldBeList',
      'shouldBeList',
      'shouldBeBoolean',
      'notWholeNumber',
    ]);
  });

  it('finds the same article, highlight or link twice', () => {
    const file = validFile();
    file.articles.push({ ...file.articles[1], highlights: [] });
    file.articles[4].highlights[1].id = file.articles[0].highlights[2].id;
    file.links.push(file.links[0]);
    const n = file.articles.length;
    expect(linesFor(file)).toEqual([
      expect.stringMatching(
        /^Article 5 \(.*\), highlight 2: the same ID as highlight 3 of article 1$/,
      ),
      expect.stringMatching(new RegExp(`^Article ${n} \\(.*\\): the same address as article 2$`)),
      expect.stringMatching(
        new RegExp(`^Link ${file.links.length} \\(.*\\): the same address as link 1$`),
      ),
    ]);
  });

  it('keeps previews of long values and titles short', () => {
    const file = validFile();
    file.articles[0].url = 'javascript:' + 'x'.repeat(5000);
    file.articles[0].title = '长'.repeat(5000);
    const [line] = linesFor(file);
    expect(line!.length).toBeLessThan(160);
    expect(line).toMatch(/…”\)$/);
  });
});

describe('a file built to hurt', () => {
  const frame = (articles: unknown[], links: unknown[] = []) => ({
    format: 'ai-news-annotator',
    version: 1,
    exportedAt: NOW,
    articles,
    links,
  });

  it('lists 20 of 100,000 invalid entries and counts the rest, without overflowing', () => {
    const links = Array.from({ length: 100_000 }, (_, i) => ({ url: `ftp://x/${i}` }));
    const result = refusal(JSON.stringify(frame([], links)));
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    const lines = problemsText(result.problems, result.more, en, grouped).split('\n');
    expect(lines).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(lines[0]).toBe('Link 1: address is not a web address (“ftp://x/0”)');
    // Each bare link lacks six fields and has a bad address: seven problems each.
    expect(lines.at(-1)).toBe('…and 699,980 more problems');
    const one = refusal(
      JSON.stringify(
        frame(
          [],
          links.slice(0, 21).map((l) => l.url),
        ),
      ),
    );
    expect(problemsText(one.problems, one.more, en).split('\n').at(-1)).toBe('…and 1 more problem');
    expect(problemsText(result.problems, result.more, zh, grouped).split('\n').at(-1)).toBe(
      '……还有 699,980 个问题',
    );
  }, 60_000);

  it('counts 100,000 bad entries exactly, one problem each', () => {
    const articles = Array.from({ length: 100_000 }, () => 'not an article');
    const result = refusal(JSON.stringify(frame(articles)));
    expect(result.more).toBe(99_980);
    expect(problemsText(result.problems, result.more, en, grouped)).toMatch(
      /^Article 1: the value should be a record with fields\n[^]*…and 99,980 more problems$/,
    );
  }, 60_000);

  it('refuses over-long lists by their length, before looking at their items', () => {
    const file = validFile();
    file.articles[0].keywords = Array.from({ length: 1_000_000 }, () => 0);
    file.articles[1].highlights = Array.from({ length: MAX_HIGHLIGHTS_PER_ARTICLE + 1 }, () => 0);
    file.links[0].fromArticles = Array.from({ length: MAX_LINK_SOURCES + 1 }, () => 0);
    const problems = problemsFor(file);
    expect(problems.map((p) => [p.field, p.code, p.args])).toEqual([
      ['keywords', 'tooMany', [200]],
      ['highlights', 'tooMany', [MAX_HIGHLIGHTS_PER_ARTICLE]],
      ['fromArticles', 'tooMany', [MAX_LINK_SOURCES]],
    ]);
    const tooMany = problemsFor(frame(Array.from({ length: MAX_EXPORT_ARTICLES + 1 }, () => 0)));
    expect(tooMany).toEqual([
      {
        at: { kind: 'file' },
        item: null,
        field: 'articles',
        code: 'tooMany',
        args: [MAX_EXPORT_ARTICLES],
      },
    ]);
  });

  it('reports 100,000 bad items inside one entry without overflowing', () => {
    const file = validFile();
    file.links[0].fromArticles = Array.from({ length: 100_000 }, (_, i) => `mailto:${i}@x`);
    const result = refusal(JSON.stringify(file));
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(result.more).toBe(100_000 - MAX_LISTED_PROBLEMS);
  }, 60_000);

  it('survives deeply nested junk anywhere', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const places = [
      deep,
      `{"format":"ai-news-annotator","version":1,"exportedAt":"${NOW}","articles":${deep},"links":[]}`,
      `{"format":"ai-news-annotator","version":1,"exportedAt":"${NOW}","articles":[${deep}],"links":[]}`,
      `{"format":"ai-news-annotator","version":1,"exportedAt":"${NOW}","articles":[{"title":${deep},"keywords":${deep}}],"links":[${deep}]}`,
      `{"format":"ai-news-annotator","version":1,"exportedAt":"${NOW}","articles":[],"links":[],${'"a":{'.repeat(50_000)}${'}'.repeat(50_000)}}`,
    ];
    for (const text of places) {
      const result = refusal(text);
      expect(result.problems.length).toBeGreaterThan(0);
      expect(() => problemsText(result.problems, result.more, en)).not.toThrow();
    }
  });

  it('refuses an object with 100,000 unknown keys in one problem', () => {
    const file = validFile();
    for (let i = 0; i < 100_000; i++) file.articles[0][`k${i}`] = i;
    expect(linesFor(file)).toEqual([
      expect.stringMatching(/^Article 1 \(.*\): unknown fields “k0” and 99,999 more$/),
    ]);
  });
});

describe('timestamps from the future', () => {
  it('refuses a timestamp later than now plus one day, naming it', () => {
    const file = validFile();
    file.articles[2].updatedAt = '9999-12-31T00:00:00.000Z';
    file.articles[0].highlights[1].createdAt = '2024-06-03T08:00:01.000Z';
    file.links[0].readAt = '2030-01-01T00:00:00.000Z';
    const lines = linesFor(file);
    expect(lines).toEqual([
      expect.stringMatching(
        /^Article 1 \(.*\), highlight 2: time created lies in the future \(“2024-06-03T08:00:01.000Z”\)$/,
      ),
      expect.stringMatching(
        /^Article 3 \(.*\): time last changed lies in the future \(“9999-12-31T00:00:00.000Z”\)$/,
      ),
      expect.stringMatching(/^Link 1 \(.*\): time read lies in the future/),
    ]);
    expect(linesFor(file, zh)[1]).toContain(
      fw(':修改时间是未来的时间(“') + '9999-12-31T00:00:00.000Z' + fw('”)'),
    );
  });

  it('accepts a timestamp up to a day ahead (clocks disagree)', () => {
    const file = validFile();
    file.articles[2].updatedAt = '2024-06-03T08:00:00.000Z';
    file.exportedAt = '2024-06-03T07:00:00.000Z';
    expect(parseImport(JSON.stringify(file), { now: CLOCK }).ok).toBe(true);
    file.exportedAt = '2024-06-03T08:00:00.001Z';
    expect(codes(problemsFor(file))).toEqual(['inFuture']);
  });
});

describe('the size of a file', () => {
  it('refuses files larger than 200 MiB', () => {
    expect(importSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    const problem = importSizeProblem(MAX_IMPORT_BYTES + 1)!;
    expect(problemsText([problem], 0, en)).toBe(
      'The file is too large to import (201 MB; the limit is 200 MB).',
    );
    expect(problemsText([problem], 0, zh)).toBe(fw('文件太大,无法导入(201 MB,上限为 200 MB)。'));
    const huge = '大'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 1);
    expect(codes(problemsOf(huge))).toEqual(['tooLarge']);
  });
});
