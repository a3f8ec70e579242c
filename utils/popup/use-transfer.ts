import { useState } from 'preact/hooks';
import { exportAll, getArticle, listHighlights, listLinks, DbError } from '../db';
import type { ImportResult } from '../db';
import { downloadText, type ExportChoice, type ExportData } from '../export';
import { formatNumber, t, type MessageKey } from '../i18n';
import { failureText } from '../i18n-errors';
import { importInBackground } from '../transfer/import-client';
import type { ImportOutcome, ImportProgress } from '../transfer/import-protocol';
import { problemsText } from '../transfer/problem-text';
import type { PopupDeps } from './deps';
import { articleExportData, exportDownload } from './export-text';
import { offerNotes } from '../view/notes-download';

export type ImportState =
  | { state: 'idle' }
  | { state: 'importing'; progress: ImportProgress | null }
  | { state: 'done'; summary: string };

export interface TransferContext {
  deps: Pick<PopupDeps, 'db' | 'now' | 'document' | 'importLine'>;
  report: (key: MessageKey, e: unknown) => void;
  clearError: () => void;
}

/** What an import did, in one line. */
export function importSummary(r: ImportResult): string {
  const changed = (c: { added: number; updated: number }) => c.added + c.updated;
  return t('importSummary', [
    r.articles.added,
    r.articles.updated,
    r.articles.kept,
    changed(r.highlights),
    changed(r.links),
  ]);
}

/** Export everything or one article: backup JSON, Markdown notes, Web Annotations. */
function useExports(ctx: TransferContext) {
  async function offer(data: ExportData, kind: ExportChoice, slug?: string) {
    const { now, document } = ctx.deps;
    if (kind === 'notes') return offerNotes(data, { now: now(), document });
    const file = exportDownload(data, kind, now(), slug);
    downloadText(document, file.fileName, file.text, file.mime);
  }

  async function exportEverything(kind: ExportChoice) {
    try {
      await offer(await exportAll(await ctx.deps.db.get()), kind);
    } catch (e) {
      ctx.report('errExportFailed', e);
    }
  }

  async function exportArticle(url: string, kind: ExportChoice) {
    try {
      const db = await ctx.deps.db.get();
      const [article, highlights, links] = await Promise.all([
        getArticle(db, url),
        listHighlights(db, url),
        listLinks(db),
      ]);
      if (!article) throw new DbError('not-found');
      await offer(articleExportData(article, highlights, links), kind, article.title);
    } catch (e) {
      ctx.report('errExportFailed', e);
    }
  }

  return { exportEverything, exportArticle };
}

/** Tell the reader, in their language, why an import changed nothing. */
function reportFailure(ctx: TransferContext, outcome: Exclude<ImportOutcome, { kind: 'done' }>) {
  if (outcome.kind === 'invalid') {
    ctx.report('errImportInvalid', problemsText(outcome.problems, outcome.more, t, formatNumber));
  } else {
    console.warn('[AI News Annotator] import failed:', outcome.code, outcome.detail);
    ctx.report('errImportFailed', failureText(outcome.code));
  }
}

/**
 * Import a backup through the background's data owner, showing each step. The whole file is
 * checked first: a file with any problem changes nothing. The owner announces the import on the
 * change feed, so this view, like every other, reads the library again.
 */
function useImport(ctx: TransferContext) {
  const [importState, setImportState] = useState<ImportState>({ state: 'idle' });

  async function importText(file: File) {
    if (importState.state === 'importing') return;
    ctx.clearError();
    setImportState({ state: 'importing', progress: null });
    let outcome: ImportOutcome;
    try {
      outcome = await importInBackground(
        file,
        (progress) => setImportState({ state: 'importing', progress }),
        ctx.deps.importLine,
      );
    } catch (e) {
      outcome = { kind: 'failed', code: 'worker', detail: String(e) };
    }
    if (outcome.kind === 'done') {
      setImportState({ state: 'done', summary: importSummary(outcome.result) });
      return;
    }
    setImportState({ state: 'idle' });
    reportFailure(ctx, outcome);
  }

  return { importState, importText };
}

/** Export everything or one article (backup JSON, Markdown notes, Web Annotations); import a backup. */
export function useTransfer(ctx: TransferContext) {
  return { ...useExports(ctx), ...useImport(ctx) };
}
