import { z } from 'zod';
import {
  ExportFileV1Schema,
  ExportFileV2Schema,
  ExportFileV3Schema,
  ExportedArticleSchema,
  ExportedArticleV1Schema,
  ExportedArticleV2Schema,
  LinkSchema,
  type ExportFile,
  type ExportedArticle,
  type Highlight,
  type Link,
} from '../schemas';
import { problemFromIssue } from './import-issues';
import { FILE, preview, titleOf, type ProblemPlace, type ProblemSink } from './import-problems';

/*
 * The file is checked entry by entry, never as one zod parse: a parse of the whole file gathers
 * every issue of every entry into one array (100,000 bad entries made zod overflow the stack),
 * and an over-long list would be read to its end before its length was checked. Here each list's
 * length is checked first, and each entry is parsed on its own, so the work and the issues of
 * one parse stay small whatever the file holds.
 */

/** The largest number of items `schema` (a zod array with `.max()`) accepts. */
export function maxItems(schema: z.ZodArray): number {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check?: string; maximum?: number };
    if (def.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  throw new Error('every list in the export file has a maximum length');
}

/** `schema`, but a list longer than its maximum is refused before any item is looked at. */
function lengthFirst<T extends z.ZodArray>(schema: T) {
  return z.array(z.unknown()).max(maxItems(schema)).pipe(schema);
}

/** A list whose items are checked one by one by the caller (its length is checked here). */
const itemsLater = (schema: z.ZodArray) => z.array(z.unknown()).max(maxItems(schema));

/** The article's lists, each checked for length before its items; highlights checked later. */
function articleEntry(
  schema:
    typeof ExportedArticleSchema | typeof ExportedArticleV2Schema | typeof ExportedArticleV1Schema,
) {
  const shape = schema.shape as typeof ExportedArticleSchema.shape;
  const capped = {
    keywords: lengthFirst(shape.keywords),
    related: lengthFirst(shape.related),
    highlights: itemsLater(shape.highlights),
  };
  if (!('tags' in schema.shape)) return schema.extend(capped);
  return schema.extend({ ...capped, tags: lengthFirst(shape.tags.unwrap()).optional() });
}

/** Each version of the file: its frame (lists not yet looked into) and its articles. */
const VERSIONS = [ExportFileV1Schema, ExportFileV2Schema, ExportFileV3Schema].map((file) => ({
  version: file.shape.version.value,
  frame: file.extend({
    articles: itemsLater(file.shape.articles),
    links: itemsLater(file.shape.links),
  }),
  article: articleEntry(file.shape.articles.element),
  highlights: file.shape.articles.element.shape.highlights,
  /** A highlight of this version (tags only from version 3). */
  highlight: file.shape.articles.element.shape.highlights.element as z.ZodType<Highlight>,
}));
const NEWEST = VERSIONS[VERSIONS.length - 1]!;

const LinkEntrySchema = LinkSchema.extend({
  fromArticles: itemsLater(LinkSchema.shape.fromArticles),
});
const LinkSourceSchema = LinkSchema.shape.fromArticles.element;

/** How far in the future a timestamp may be: clocks of two machines disagree, by less than this. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export interface CheckContext {
  sink: ProblemSink;
  /** Now, in milliseconds since the epoch; timestamps after now + one day are refused. */
  now: number;
}

function parse<T>(schema: z.ZodType<T>, raw: unknown, at: ProblemPlace, ctx: CheckContext) {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.sink.add(problemFromIssue(issue, at));
  return undefined;
}

/** Refuse timestamps later than now + one day: such a record would win every later merge. */
function checkNotFuture<T extends object>(
  record: T,
  fields: (keyof T & string)[],
  at: ProblemPlace,
  ctx: CheckContext,
): boolean {
  let ok = true;
  for (const field of fields) {
    const value = record[field];
    if (typeof value !== 'string' || !(Date.parse(value) > ctx.now + FUTURE_SLACK_MS)) continue;
    ctx.sink.add({ at, item: null, field, code: 'inFuture', args: [preview(value)] });
    ok = false;
  }
  return ok;
}

function checkHighlight(
  raw: unknown,
  at: ProblemPlace,
  ctx: CheckContext,
  schema: z.ZodType<Highlight>,
): Highlight | undefined {
  const highlight = parse(schema, raw, at, ctx);
  if (!highlight) return undefined;
  return checkNotFuture(highlight, ['createdAt', 'updatedAt'], at, ctx) ? highlight : undefined;
}

type Version = (typeof VERSIONS)[number];
type Frame = { version: number; exportedAt: string; articles: unknown[]; links: unknown[] };

function checkArticle(
  raw: unknown,
  i: number,
  ctx: CheckContext,
  version: Version,
): ExportedArticle | undefined {
  const title = titleOf(raw);
  const at: ProblemPlace = { kind: 'article', n: i + 1, title };
  const entry = parse<{ savedAt: string; updatedAt: string; highlights: unknown[] }>(
    version.article,
    raw,
    at,
    ctx,
  );
  let ok = entry !== undefined && checkNotFuture(entry, ['savedAt', 'updatedAt'], at, ctx);
  const rawHighlights = entry?.highlights ?? listWithin(raw, 'highlights', version.highlights);
  const highlights: Highlight[] = [];
  rawHighlights.forEach((h, j) => {
    const place: ProblemPlace = { kind: 'highlight', article: i + 1, title, n: j + 1 };
    const highlight = checkHighlight(h, place, ctx, version.highlight);
    if (highlight) highlights.push(highlight);
    else ok = false;
  });
  return ok && entry ? ({ ...entry, highlights } as ExportedArticle) : undefined;
}

function checkLink(raw: unknown, i: number, ctx: CheckContext): Link | undefined {
  const at: ProblemPlace = { kind: 'link', n: i + 1, title: titleOf(raw) };
  const entry = parse(LinkEntrySchema, raw, at, ctx);
  let ok = entry !== undefined && checkNotFuture(entry, ['readAt'], at, ctx);
  const sources =
    entry?.fromArticles ?? listWithin(raw, 'fromArticles', LinkSchema.shape.fromArticles);
  const fromArticles: string[] = [];
  sources.forEach((url, j) => {
    const result = LinkSourceSchema.safeParse(url, { reportInput: true });
    if (result.success) return void fromArticles.push(result.data);
    ok = false;
    for (const issue of result.error.issues) {
      ctx.sink.add(problemFromIssue({ ...issue, path: ['fromArticles', j] }, at));
    }
  });
  return ok && entry ? { ...entry, fromArticles } : undefined;
}

/** The list `key` of a raw entry, when it is a list no longer than `schema` allows. */
function listWithin(raw: unknown, key: string, schema: z.ZodArray): unknown[] {
  if (raw === null || typeof raw !== 'object') return [];
  const list = (raw as Record<string, unknown>)[key];
  return Array.isArray(list) && list.length <= maxItems(schema) ? list : [];
}

/**
 * Check a parsed JSON document against the export file schema, entry by entry. Every problem
 * goes to `ctx.sink`; the file is returned only when there was none.
 */
export function checkExportFile(raw: unknown, ctx: CheckContext): ExportFile | undefined {
  const said = (raw as { version?: unknown } | null)?.version;
  const version = VERSIONS.find((v) => v.version === said) ?? NEWEST;
  const frame = parse(version.frame as z.ZodType<Frame>, raw, FILE, ctx);
  if (frame) checkNotFuture(frame, ['exportedAt'], FILE, ctx);
  const rawArticles = frame?.articles ?? listWithin(raw, 'articles', NEWEST.frame.shape.articles);
  const rawLinks = frame?.links ?? listWithin(raw, 'links', NEWEST.frame.shape.links);
  const articles = rawArticles.map((a, i) => checkArticle(a, i, ctx, version));
  const links = rawLinks.map((l, i) => checkLink(l, i, ctx));
  if (!frame || ctx.sink.count > 0) return undefined;
  return { ...frame, articles, links } as ExportFile;
}
