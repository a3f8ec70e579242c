import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../schemas';
import { MAX_IMPORT_BYTES } from '../limits';
import { checkExportFile } from './import-check';
import {
  fileProblem,
  problemSink,
  titleOf,
  type ImportProblem,
  type ProblemPlace,
  type ProblemSink,
} from './import-problems';

export type ParseImportResult =
  | { ok: true; file: ExportFile }
  /** The first problems found (at most `MAX_LISTED_PROBLEMS`), and how many more there are. */
  | { ok: false; problems: ImportProblem[]; more: number };

const MIB = 1024 * 1024;

/** The refusal for a file of `byteLength` bytes, or `null` when its size is acceptable. */
export function importSizeProblem(byteLength: number): ImportProblem | null {
  if (byteLength <= MAX_IMPORT_BYTES) return null;
  return fileProblem('tooLarge', [Math.ceil(byteLength / MIB), MAX_IMPORT_BYTES / MIB]);
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

function refuse(sink: ProblemSink): ParseImportResult {
  return { ok: false, problems: sink.listed, more: sink.count - sink.listed.length };
}

/** Where JSON.parse stopped, as line and column when the engine says so. */
function jsonErrorPlace(e: unknown): number[] {
  const message = e instanceof Error ? e.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  return lineColumn ? [Number(lineColumn[1]), Number(lineColumn[2])] : [];
}

function checkHeader(raw: unknown): ImportProblem | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fileProblem('notExport');
  }
  const { format, version } = raw as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return fileProblem('notExport');
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return fileProblem('newerVersion', [version, EXPORT_VERSION]);
  }
  return null;
}

export interface ParseImportOptions {
  /** Now: timestamps later than a day after it are refused. */
  now?: Date;
}

/**
 * Read the text of an export file. Accepts exactly what export writes; otherwise says what is
 * wrong and where (1-based entries, named by their titles), as data the page words in the
 * reader's language. Nothing is imported unless the whole file is acceptable.
 */
export function parseImport(text: string, options: ParseImportOptions = {}): ParseImportResult {
  const sink = problemSink();
  const fail = (problem: ImportProblem) => (sink.add(problem), refuse(sink));
  const tooLarge = importSizeProblem(utf8ByteLength(text, MAX_IMPORT_BYTES));
  if (tooLarge) return fail(tooLarge);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail(fileProblem('emptyFile'));
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return fail(fileProblem('notJson', jsonErrorPlace(e)));
  }
  const header = checkHeader(raw);
  if (header) return fail(header);
  const now = (options.now ?? new Date()).getTime();
  const file = checkExportFile(raw, { sink, now });
  if (file) findDuplicates(file, sink);
  return file && sink.count === 0 ? { ok: true, file } : refuse(sink);
}

/** Problems the schema cannot see: the same article, highlight or link twice. */
export function findDuplicates(file: ExportFile, sink: ProblemSink = problemSink()): ProblemSink {
  const articleAt = new Map<string, number>();
  const highlightAt = new Map<string, [number, number]>();
  file.articles.forEach((article, i) => {
    const at: ProblemPlace = { kind: 'article', n: i + 1, title: titleOf(article) };
    const first = articleAt.get(article.url);
    if (first === undefined) articleAt.set(article.url, i + 1);
    else sink.add({ at, item: null, field: 'url', code: 'sameArticle', args: [first] });
    article.highlights.forEach((h, j) => {
      const seen = highlightAt.get(h.id);
      if (seen === undefined) return void highlightAt.set(h.id, [i + 1, j + 1]);
      const place: ProblemPlace = { kind: 'highlight', article: i + 1, title: at.title, n: j + 1 };
      sink.add({ at: place, item: null, field: 'id', code: 'sameHighlight', args: seen });
    });
  });
  const linkAt = new Map<string, number>();
  file.links.forEach((link, i) => {
    const at: ProblemPlace = { kind: 'link', n: i + 1, title: titleOf(link) };
    const first = linkAt.get(link.url);
    if (first === undefined) linkAt.set(link.url, i + 1);
    else sink.add({ at, item: null, field: 'url', code: 'sameLink', args: [first] });
  });
  return sink;
}
