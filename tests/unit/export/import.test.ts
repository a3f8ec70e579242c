import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  MAX_LISTED_ERRORS,
  buildExportFile,
  formatIssuePath,
  importSizeError,
  parseImport,
  serializeExport,
} from '../../../utils/export';
import { makeExportData } from './generate';

const NOW = '2024-06-01T08:00:00.000Z';

function validFile() {
  return JSON.parse(
    serializeExport(buildExportFile(makeExportData(41, { articles: 5 }), { now: NOW })),
  );
}

function errorsOf(text: string): string[] {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

const errorsFor = (value: unknown) => errorsOf(JSON.stringify(value));

describe('reading an export file', () => {
  it('accepts what export writes, and gives back the same bytes', () => {
    const text = serializeExport(
      buildExportFile(makeExportData(42, { articles: 8 }), { now: NOW }),
    );
    const result = parseImport(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(serializeExport(result.file)).toBe(text);
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(parseImport('\ufeff' + JSON.stringify(validFile())).ok).toBe(true);
  });

  it('says in plain words when the file is not JSON', () => {
    const [error, ...rest] = errorsOf('{"format": "ai-news-annotator", ');
    expect(rest).toEqual([]);
    expect(error).toMatch(/^The file is not JSON: /);
    expect(errorsOf('   ')).toEqual(['The file is empty.']);
  });

  it('says when the file is some other kind of JSON', () => {
    expect(errorsFor({ ...validFile(), format: 'hypothesis' })).toEqual([
      'This is not an AI News Annotator export (format: "hypothesis").',
    ]);
    const { format: _format, ...noFormat } = validFile();
    expect(errorsFor(noFormat)).toEqual([
      'This is not an AI News Annotator export (format: missing).',
    ]);
    expect(errorsFor([validFile()])[0]).toMatch(/not an AI News Annotator export .*array/);
    expect(errorsOf('null')[0]).toMatch(/not an AI News Annotator export .*null/);
  });

  it('says when the file was made by a newer version', () => {
    const [error] = errorsFor({ ...validFile(), version: 3 });
    expect(error).toMatch(/made by a newer version/);
    expect(error).toMatch(/version 3/);
    expect(errorsFor({ ...validFile(), version: '1' })).toEqual([
      "version: Invalid discriminator value. Expected '1' | '2'",
    ]);
  });

  it('names where each problem is, with the offending value', () => {
    const file = validFile();
    file.articles[3].url = 'javascript:alert(1)';
    file.articles[0].highlights[2].selector.start = -1;
    file.articles[1].highlights[0].color = 'red';
    delete file.articles[2].title;
    file.links[0].readAt = 'yesterday';
    file.articles[4].surprise = true;
    const errors = errorsFor(file);
    expect(errors).toEqual(
      expect.arrayContaining([
        'articles[3].url: not an http(s) URL (found "javascript:alert(1)")',
        expect.stringMatching(
          /^articles\[0\]\.highlights\[2\]\.selector\.start: .*>=0.* \(found -1\)$/,
        ),
        expect.stringMatching(/^articles\[1\]\.highlights\[0\]\.color: Invalid option: .*"red"/),
        'articles[2].title: missing (expected string)',
        'links[0].readAt: not an ISO 8601 timestamp (found "yesterday")',
        'articles[4]: Unrecognized key: "surprise"',
      ]),
    );
  });

  it('reports a selector that ends before it starts', () => {
    const file = validFile();
    const selector = file.articles[0].highlights[0].selector;
    selector.end = selector.start - 1;
    expect(errorsFor(file)).toContain(
      'articles[0].highlights[0].selector.end: end is before start',
    );
  });

  it('describes wrong types by what was found', () => {
    const file = validFile();
    file.articles[0].keywords = 'AI';
    file.articles[1].related = {};
    expect(errorsFor(file)).toEqual([
      'articles[0].keywords: expected array, found a string "AI"',
      'articles[1].related: expected array, found an object',
    ]);
  });

  it('finds the same article, highlight or link twice', () => {
    const file = validFile();
    file.articles.push({ ...file.articles[1], highlights: [] });
    file.articles[4].highlights[1].id = file.articles[0].highlights[2].id;
    file.links.push(file.links[0]);
    const n = file.articles.length - 1;
    expect(errorsFor(file)).toEqual([
      `articles[4].highlights[1].id: the same id as articles[0].highlights[2] ("${file.articles[0].highlights[2].id}")`,
      `articles[${n}].url: the same URL as articles[1] ("${file.articles[1].url}")`,
      `links[${file.links.length - 1}].url: the same URL as links[0] ("${file.links[0].url}")`,
    ]);
  });

  it('lists at most twenty problems and counts the rest', () => {
    const file = JSON.parse(
      serializeExport(buildExportFile(makeExportData(43, { articles: 12 }), { now: NOW })),
    );
    let problems = 0;
    for (const a of file.articles) {
      a.url = 'ftp://example.com/' + problems++;
      for (const h of a.highlights) h.color = 'red' + problems++;
    }
    expect(problems).toBeGreaterThan(MAX_LISTED_ERRORS + 1);
    const errors = errorsFor(file);
    expect(errors).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(errors.at(-1)).toBe(`…and ${problems - MAX_LISTED_ERRORS} more problems`);
  });

  it('keeps previews of long values short', () => {
    const file = validFile();
    file.articles[0].url = 'javascript:' + 'x'.repeat(5000);
    const [error] = errorsFor(file);
    expect(error!.length).toBeLessThan(120);
    expect(error).toMatch(/…"\)$/);
  });

  it('refuses files larger than 200 MB before reading them', () => {
    expect(importSizeError(MAX_IMPORT_BYTES)).toBeNull();
    expect(importSizeError(MAX_IMPORT_BYTES + 1)).toBe(
      'The file is too large to import (201 MB; the limit is 200 MB).',
    );
    const huge = '大'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 1);
    expect(errorsOf(huge)).toEqual([
      'The file is too large to import (201 MB; the limit is 200 MB).',
    ]);
  });
});

describe('issue paths', () => {
  it.each([
    [[], ''],
    [['articles', 3, 'url'], 'articles[3].url'],
    [
      ['articles', 0, 'highlights', 2, 'selector', 'start'],
      'articles[0].highlights[2].selector.start',
    ],
    [['links', 1, 'fromArticles', 0], 'links[1].fromArticles[0]'],
    [['odd key', 'a-b'], '["odd key"]["a-b"]'],
    [[Symbol('s')], '[Symbol(s)]'],
  ] as [PropertyKey[], string][])('writes %j as %s', (path, expected) => {
    expect(formatIssuePath(path)).toBe(expected);
  });
});
