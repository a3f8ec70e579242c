import fc from 'fast-check';
import { buildExportFile, findDuplicates } from '../../../utils/export';
import { HIGHLIGHT_COLORS, isHttpUrl, type ExportFile } from '../../../utils/schemas';

/* Arbitraries for valid export files: any text, including emoji and Chinese, any http(s) URL. */

const timestamp = fc
  .date({
    min: new Date('2000-01-01T00:00:00.000Z'),
    max: new Date('2035-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const isoDate = fc.oneof(
  timestamp.map((t) => t.slice(0, 10)),
  timestamp.map((t) => t.slice(0, 16)),
  timestamp,
);
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom('大模型', '智能体 🤖', '以上内容均由AI生成', ''),
  );
const httpUrl = fc.webUrl({ withQueryParameters: true }).filter(isHttpUrl);

const selector = fc
  .record({
    exact: fc.string({ minLength: 1, maxLength: 20 }),
    prefix: text(10),
    suffix: text(10),
    start: fc.nat(100_000),
    length: fc.nat(1000),
  })
  .map(({ exact, prefix, suffix, start, length }) => ({
    exact,
    prefix,
    suffix,
    start,
    end: start + length,
  }));

const highlight = fc.record({
  id: fc.uuid(),
  text: text(20),
  note: text(20),
  color: fc.constantFrom(...HIGHLIGHT_COLORS),
  createdAt: timestamp,
  updatedAt: timestamp,
  selector,
});

const related = fc.record({
  title: text(15),
  url: httpUrl,
  summary: fc.option(text(15)),
  publishedAt: fc.option(isoDate),
});

const article = fc.record({
  url: httpUrl,
  format: fc.constantFrom('quickread' as const, 'generic' as const),
  title: text(15),
  publishedAt: fc.option(isoDate),
  source: fc.option(text(8)),
  summary: fc.option(text(20)),
  keywords: fc.array(text(8), { maxLength: 4 }),
  aiGenerated: fc.boolean(),
  bodyText: text(40),
  related: fc.array(related, { maxLength: 2 }),
  savedAt: timestamp,
  updatedAt: timestamp,
  note: text(20),
  highlights: fc.array(highlight, { minLength: 1, maxLength: 3 }),
});

const link = fc.record({
  url: httpUrl,
  title: text(15),
  summary: fc.option(text(15)),
  publishedAt: fc.option(isoDate),
  fromArticles: fc.array(httpUrl, { maxLength: 2 }),
  savedForLater: fc.boolean(),
  readAt: fc.option(timestamp),
});

/** A valid export file with at least one article, one highlight and one link. */
export const validExportFile: fc.Arbitrary<ExportFile> = fc
  .record({
    exportedAt: timestamp,
    articles: fc.uniqueArray(article, { minLength: 1, maxLength: 3, selector: (a) => a.url }),
    links: fc.uniqueArray(link, { minLength: 1, maxLength: 3, selector: (l) => l.url }),
  })
  .map(({ exportedAt, ...data }) => buildExportFile(data, { now: exportedAt }))
  .filter((file) => findDuplicates(file).count === 0);
