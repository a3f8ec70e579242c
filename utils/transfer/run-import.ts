import { DbError, type ImportResult } from '../db';
import { importSizeProblem, parseImport } from '../export/import';
import type { ExportFile } from '../schemas';
import type { ImportOutcome, ImportPhase, ImportProgress } from './import-protocol';

export interface RunImportOptions {
  /**
   * Merge the checked file into the library (the data owner's `importFile`: one transaction, then
   * the change feed); called only once the whole file has been found acceptable.
   */
  save: (
    file: ExportFile,
    onProgress: (done: number, total: number) => void,
  ) => Promise<ImportResult>;
  /** Hears each step as it begins and how far it has come. */
  onProgress?: (progress: ImportProgress) => void;
  /** Now; timestamps in the file later than a day after it are refused. */
  now?: () => Date;
}

/** How many progress reports reading a file makes at most. */
const READ_REPORTS = 50;

/** The text of `file` as UTF-8, reporting bytes read. */
async function readText(file: Blob, report: (done: number) => void): Promise<string> {
  if (typeof file.stream !== 'function') return file.text();
  const decoder = new TextDecoder('utf-8');
  const reader = file.stream().getReader();
  const parts: string[] = [];
  const step = Math.max(1, Math.ceil(file.size / READ_REPORTS));
  let done = 0;
  let reported = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    done += chunk.value.byteLength;
    if (done - reported >= step) {
      reported = done;
      report(done);
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

const detailOf = (e: unknown) => (e instanceof Error && e.message ? e.message : String(e));

export function importFailure(e: unknown, code: 'read' | 'unknown'): ImportOutcome {
  if (e instanceof DbError) return { kind: 'failed', code: e.code, detail: detailOf(e) };
  return { kind: 'failed', code, detail: detailOf(e).slice(0, 2000) };
}

/**
 * Import an export file: refuse it unread when it is too large, read it, check the whole of it,
 * and only then merge it into the database in one transaction. A file with any problem changes
 * nothing; what went wrong is returned as problems (where in the file, what) for the page to word.
 */
export async function runImport(file: Blob, options: RunImportOptions): Promise<ImportOutcome> {
  const progress = (phase: ImportPhase, done: number, total: number) =>
    options.onProgress?.({ kind: 'progress', phase, done, total });
  const begin = (phase: ImportPhase, total: number) => progress(phase, 0, total);
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) return { kind: 'invalid', problems: [tooLarge], more: 0 };
  let text: string;
  try {
    begin('reading', file.size);
    text = await readText(file, (done) => progress('reading', done, file.size));
    progress('reading', file.size, file.size);
  } catch (e) {
    return importFailure(e, 'read');
  }
  try {
    begin('checking', 0);
    const parsed = parseImport(text, { now: options.now?.() });
    if (!parsed.ok) return { kind: 'invalid', problems: parsed.problems, more: parsed.more };

    const records = parsed.file.articles.reduce((n, a) => n + 1 + a.highlights.length, 0);
    begin('saving', records + parsed.file.links.length);
    const result = await options.save(parsed.file, (done, total) =>
      progress('saving', done, total),
    );
    return { kind: 'done', result };
  } catch (e) {
    return importFailure(e, 'unknown');
  }
}
