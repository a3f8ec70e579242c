import { describe, expect, it } from 'vitest';
import {
  buildExportFile,
  exportFileName,
  serializeExport,
  slugify,
  type ExportData,
} from '../../../utils/export';
import { ExportFileSchema } from '../../../utils/schemas';
import { makeExportData, seededRandom } from './generate';

const NOW = '2024-06-01T08:00:00.000Z';

/** The same records with every object's keys in reverse order and every array shuffled. */
function scramble(data: ExportData, seed: number): ExportData {
  const rand = seededRandom(seed);
  const shuffle = <T>(xs: T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const reverseKeys = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).reverse()) as T;
  return {
    links: shuffle(data.links).map((l) =>
      reverseKeys({ ...l, fromArticles: shuffle(l.fromArticles) }),
    ),
    articles: shuffle(data.articles).map((a) =>
      reverseKeys({
        ...a,
        related: a.related.map(reverseKeys),
        highlights: shuffle(a.highlights).map((h) =>
          reverseKeys({ ...h, selector: reverseKeys(h.selector) }),
        ),
      }),
    ),
  };
}

describe('JSON export', () => {
  it('writes identical bytes for the same data whatever the order of keys and records', () => {
    const data = makeExportData(1, { articles: 25, highlightsPerArticle: 6 });
    const expected = serializeExport(buildExportFile(data, { now: NOW }));
    for (const seed of [2, 3, 4]) {
      const again = serializeExport(buildExportFile(scramble(data, seed), { now: NOW }));
      expect(again).toBe(expected);
    }
  });

  it('writes keys in the order of the file contract', () => {
    const file = buildExportFile(makeExportData(5, { articles: 2, highlightsPerArticle: 1 }), {
      now: NOW,
    });
    const parsed = JSON.parse(serializeExport(file));
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'articles', 'links']);
    expect(Object.keys(parsed.articles[0])).toEqual([
      'url',
      'format',
      'title',
      'publishedAt',
      'source',
      'summary',
      'keywords',
      'aiGenerated',
      'bodyText',
      'related',
      'savedAt',
      'updatedAt',
      'note',
      'highlights',
    ]);
    expect(Object.keys(parsed.articles[0].highlights[0])).toEqual([
      'id',
      'text',
      'note',
      'color',
      'createdAt',
      'updatedAt',
      'selector',
    ]);
    expect(Object.keys(parsed.articles[0].highlights[0].selector)).toEqual([
      'exact',
      'prefix',
      'suffix',
      'start',
      'end',
    ]);
    expect(Object.keys(parsed.links[0])).toEqual([
      'url',
      'title',
      'summary',
      'publishedAt',
      'fromArticles',
      'savedForLater',
      'readAt',
    ]);
  });

  it('uses 2-space indentation and ends with one newline', () => {
    const text = serializeExport(buildExportFile({ articles: [], links: [] }, { now: NOW }));
    expect(text).toBe(
      '{\n  "format": "ai-news-annotator",\n  "version": 1,\n' +
        `  "exportedAt": "${NOW}",\n  "articles": [],\n  "links": []\n}\n`,
    );
  });

  it('sorts articles by url, highlights by position, links and their articles by url', () => {
    const file = buildExportFile(scramble(makeExportData(7, { articles: 30 }), 8), { now: NOW });
    const urls = file.articles.map((a) => a.url);
    expect(urls).toEqual([...urls].sort());
    for (const a of file.articles) {
      const starts = a.highlights.map((h) => h.selector.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
    expect(file.links.map((l) => l.url)).toEqual(file.links.map((l) => l.url).sort());
    for (const l of file.links) expect(l.fromArticles).toEqual([...l.fromArticles].sort());
  });

  it('orders highlights at the same position by creation time, then id', () => {
    const [article] = makeExportData(9, { articles: 1, highlightsPerArticle: 3 }).articles;
    if (!article) throw new Error('no article');
    const selector = { ...article.highlights[0]!.selector };
    const at = (id: string, createdAt: string) => ({
      ...article.highlights[0]!,
      id,
      createdAt,
      selector,
    });
    const highlights = [
      at('c', '2024-01-02T00:00:00.000Z'),
      at('b', '2024-01-01T00:00:00.000Z'),
      at('a', '2024-01-02T00:00:00.000Z'),
    ];
    const file = buildExportFile(
      { articles: [{ ...article, highlights }], links: [] },
      { now: NOW },
    );
    expect(file.articles[0]!.highlights.map((h) => h.id)).toEqual(['b', 'a', 'c']);
  });

  it('keeps keywords and related links in page order', () => {
    const data = makeExportData(10, { articles: 1 });
    const a = data.articles[0]!;
    a.keywords = ['智能体', '大模型', 'AGI'];
    const file = buildExportFile(data, { now: NOW });
    expect(file.articles[0]!.keywords).toEqual(['智能体', '大模型', 'AGI']);
    expect(file.articles[0]!.related.map((r) => r.url)).toEqual(a.related.map((r) => r.url));
  });

  it('leaves out fields that are not part of the file contract', () => {
    const data = makeExportData(11, { articles: 1, highlightsPerArticle: 1 });
    const stored = { ...data.articles[0]!.highlights[0]!, articleUrl: data.articles[0]!.url };
    data.articles[0]!.highlights = [stored];
    const text = serializeExport(buildExportFile(data, { now: NOW }));
    expect(text).not.toContain('articleUrl');
  });

  it('produces a file that the import schema accepts', () => {
    const data = makeExportData(12, { articles: 20 });
    const file = buildExportFile(data, { now: new Date(NOW) });
    expect(file.exportedAt).toBe(NOW);
    expect(ExportFileSchema.safeParse(JSON.parse(serializeExport(file))).success).toBe(true);
  });

  it('keeps Chinese text and emoji as characters rather than escapes', () => {
    const text = serializeExport(
      buildExportFile(makeExportData(13, { articles: 3 }), { now: NOW }),
    );
    expect(text).toContain('大模型');
    expect(text).toMatch(/\p{Extended_Pictographic}/u);
    expect(text).not.toMatch(/\\u[0-9a-f]{4}/i);
  });

  it('writes a lone surrogate as an escape, so the file is always valid UTF-8', () => {
    const data = makeExportData(14, { articles: 1, highlightsPerArticle: 0 });
    data.articles[0]!.note = 'broken \ud835 pair';
    const text = serializeExport(buildExportFile(data, { now: NOW }));
    expect(text).toContain('"note": "broken \\ud835 pair"');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(text))).toBe(
      text,
    );
  });
});

describe('export file names', () => {
  const june1 = new Date(2024, 5, 1, 23, 59);

  it.each([
    ['json', 'ai-news-annotator-2024-06-01.json'],
    ['md', 'ai-news-annotator-2024-06-01.md'],
    ['jsonld', 'ai-news-annotator-2024-06-01.jsonld'],
  ] as const)('names a %s export of everything by the local date', (kind, name) => {
    expect(exportFileName(june1, kind)).toBe(name);
  });

  it('names a single-article export with its slug', () => {
    expect(exportFileName(new Date(2025, 0, 9), 'json', 'openai-o3')).toBe(
      'ai-news-annotator-openai-o3-2025-01-09.json',
    );
  });

  it('makes any title safe to use in a file name', () => {
    expect(slugify('OpenAI 发布 GPT-5: 推理/代码 <能力> 提升?')).toBe(
      'openai-发布-gpt-5-推理-代码-能力-提升',
    );
    expect(exportFileName(new Date(2025, 0, 9), 'md', '../../etc/passwd')).toBe(
      'ai-news-annotator-etc-passwd-2025-01-09.md',
    );
    expect(exportFileName(new Date(2025, 0, 9), 'json', '***')).toBe(
      'ai-news-annotator-2025-01-09.json',
    );
    expect(Array.from(slugify('长'.repeat(200))).length).toBe(60);
  });
});
