import type { ExportData, ExportFile, ExportedArticle, Link } from '../schemas';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportVersion } from '../schemas/export-format';
import { toHighlight, toLink, toSavedArticle } from '../schemas/canonical';
import { compareHighlights, compareText } from '../schemas/order';

export type { ExportData } from '../schemas';

export type ExportKind = 'json' | 'md' | 'jsonld';

const EXTENSIONS: Record<ExportKind, string> = { json: 'json', md: 'md', jsonld: 'jsonld' };

/** Media types for each kind of export file. */
export const EXPORT_MIME: Record<ExportKind, string> = {
  json: 'application/json',
  md: 'text/markdown',
  jsonld: 'application/ld+json',
};

/** Code-unit order: the same on every machine and locale, unlike `localeCompare`. */
export const compareStrings = compareText;

/*
 * Each record is rebuilt key by key in the order of the export file contract, so the bytes of an
 * export never depend on how the records happened to be built or stored, and fields that are not
 * part of the contract (such as a stored highlight's `articleUrl`) are left out.
 */

function canonicalArticle(a: ExportedArticle): ExportedArticle {
  return {
    ...toSavedArticle(a),
    highlights: a.highlights.map(toHighlight).sort(compareHighlights),
  };
}

function canonicalLink(l: Link): Link {
  const link = toLink(l);
  link.fromArticles.sort(compareStrings);
  return link;
}

type Tagged = { tags?: string[] };

/**
 * The oldest file version that holds `articles` (readable by older releases): 3 when a highlight
 * carries tags, 2 when only articles do, else 1.
 */
export function exportVersionFor(
  articles: readonly (Tagged & { highlights?: readonly Tagged[] })[],
): ExportVersion {
  const tagged = (r: Tagged) => !!r.tags && r.tags.length > 0;
  if (articles.some((a) => a.highlights?.some(tagged))) return EXPORT_VERSION;
  return articles.some(tagged) ? 2 : 1;
}

function canonicalFile(exportedAt: string, data: ExportData): ExportFile {
  const articles = data.articles.map(canonicalArticle).sort((a, b) => compareStrings(a.url, b.url));
  return {
    format: EXPORT_FORMAT,
    version: exportVersionFor(articles),
    exportedAt,
    articles,
    links: data.links.map(canonicalLink).sort((a, b) => compareStrings(a.url, b.url)),
  } as ExportFile;
}

/**
 * The export file for `data`, in canonical order: articles by url, each article's highlights by
 * position in the text (then creation time, then id), links by url, each link's articles by url.
 * Keywords and related links keep the order the page gave them.
 */
export function buildExportFile(data: ExportData, { now }: { now: Date | string }): ExportFile {
  return canonicalFile(typeof now === 'string' ? now : now.toISOString(), data);
}

/**
 * The bytes of an export file: canonical order, keys in contract order, 2-space indent, one
 * trailing newline. The same data always gives the same string.
 */
export function serializeExport(file: ExportFile): string {
  return JSON.stringify(canonicalFile(file.exportedAt, file), null, 2) + '\n';
}

/** `YYYY-MM-DD` of `date` in the reader's own time zone. */
export function localDateStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const MAX_SLUG_CHARS = 60;

/** A file-name-safe slug: letters and digits of any script, joined by `-`, lower-cased. */
export function slugify(text: string): string {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const chars = Array.from(words.join('-')).slice(0, MAX_SLUG_CHARS);
  return chars.join('').replace(/-+$/, '');
}

/**
 * `ai-news-annotator-YYYY-MM-DD.json` (local date), or for a single article
 * `ai-news-annotator-<slug>-YYYY-MM-DD.json`; the extension follows `kind`.
 */
export function exportFileName(now: Date, kind: ExportKind, slug?: string): string {
  const safeSlug = slug === undefined ? '' : slugify(slug);
  const middle = safeSlug ? `${safeSlug}-` : '';
  return `ai-news-annotator-${middle}${localDateStamp(now)}.${EXTENSIONS[kind]}`;
}
