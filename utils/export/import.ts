import type { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema, type ExportFile } from '../schemas';

export type ParseImportResult = { ok: true; file: ExportFile } | { ok: false; errors: string[] };

/** The largest export file accepted, in bytes of UTF-8. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** How many problems are listed one by one before the rest are counted. */
export const MAX_LISTED_ERRORS = 20;

const PREVIEW_CHARS = 60;

/** The refusal for a file of `byteLength` bytes, or `null` when its size is acceptable. */
export function importSizeError(byteLength: number): string | null {
  if (byteLength <= MAX_IMPORT_BYTES) return null;
  const mb = Math.ceil(byteLength / (1024 * 1024));
  return `The file is too large to import (${mb} MB; the limit is ${MAX_IMPORT_BYTES / (1024 * 1024)} MB).`;
}

/** Bytes of `text` in UTF-8, counted only up to just past `limit`. */
function utf8ByteLength(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A path into the file as a reader would write it: `articles[3].highlights[2].selector.start`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

function preview(value: unknown): string {
  if (typeof value === 'string') {
    const chars = Array.from(value);
    const cut = chars.length > PREVIEW_CHARS ? chars.slice(0, PREVIEW_CHARS).join('') + '…' : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return '';
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input: unknown = issue.input;
  if (issue.code === 'invalid_type') {
    if (input === undefined) return `missing (expected ${issue.expected})`;
    const shown = preview(input);
    return `expected ${issue.expected}, found ${kindOf(input)}${shown ? ` ${shown}` : ''}`;
  }
  const shown = issue.code === 'unrecognized_keys' ? '' : preview(input);
  return shown ? `${issue.message} (found ${shown})` : issue.message;
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const where = formatIssuePath(issue.path);
  return where ? `${where}: ${describeIssue(issue)}` : describeIssue(issue);
}

/** Problems the schema cannot see: the same article, highlight or link twice. */
export function findDuplicates(file: ExportFile): string[] {
  const errors: string[] = [];
  const articleAt = new Map<string, number>();
  const highlightAt = new Map<string, string>();
  file.articles.forEach((article, i) => {
    const first = articleAt.get(article.url);
    if (first === undefined) articleAt.set(article.url, i);
    else
      errors.push(
        `articles[${i}].url: the same URL as articles[${first}] (${preview(article.url)})`,
      );
    article.highlights.forEach((h, j) => {
      const where = `articles[${i}].highlights[${j}]`;
      const seen = highlightAt.get(h.id);
      if (seen === undefined) highlightAt.set(h.id, where);
      else errors.push(`${where}.id: the same id as ${seen} (${preview(h.id)})`);
    });
  });
  const linkAt = new Map<string, number>();
  file.links.forEach((link, i) => {
    const first = linkAt.get(link.url);
    if (first === undefined) linkAt.set(link.url, i);
    else errors.push(`links[${i}].url: the same URL as links[${first}] (${preview(link.url)})`);
  });
  return errors;
}

function refuse(errors: string[]): ParseImportResult {
  if (errors.length <= MAX_LISTED_ERRORS) return { ok: false, errors };
  const rest = errors.length - MAX_LISTED_ERRORS;
  return {
    ok: false,
    errors: [
      ...errors.slice(0, MAX_LISTED_ERRORS),
      `…and ${rest} more problem${rest === 1 ? '' : 's'}`,
    ],
  };
}

function checkHeader(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return `This is not an AI News Annotator export (it holds ${kindOf(raw)}, not an object).`;
  }
  const { format, version } = raw as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) {
    const shown = format === undefined ? 'missing' : preview(format) || kindOf(format);
    return `This is not an AI News Annotator export (format: ${shown}).`;
  }
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return (
      `This file was made by a newer version of AI News Annotator (file version ${version}; ` +
      `this version reads version ${EXPORT_VERSION}). Update the extension to import it.`
    );
  }
  return null;
}

/**
 * Read the text of an export file. Accepts exactly what export writes; otherwise lists what is
 * wrong and where, in words a reader can act on. Nothing is imported unless the whole file is
 * acceptable.
 */
export function parseImport(text: string): ParseImportResult {
  const sizeError = importSizeError(utf8ByteLength(text, MAX_IMPORT_BYTES));
  if (sizeError) return refuse([sizeError]);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse(['The file is empty.']);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return refuse([`The file is not JSON: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const headerError = checkHeader(raw);
  if (headerError) return refuse([headerError]);
  const parsed = ExportFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return refuse(parsed.error.issues.map(formatIssue));
  const duplicates = findDuplicates(parsed.data);
  if (duplicates.length > 0) return refuse(duplicates);
  return { ok: true, file: parsed.data };
}
