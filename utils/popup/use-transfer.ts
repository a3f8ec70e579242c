import { useState } from 'preact/hooks';
import { exportAll, getArticle, listHighlights, listLinksFrom, DbError } from '../db';
import type { ImportResult } from '../db';
import type { ExportChoice } from '../export';
import { formatNumber, t, type MessageKey } from '../i18n';
import { failureText } from '../i18n-errors';
import type { ImportOutcome, ImportProgress } from '../transfer/import-protocol';
import { problemsText } from '../transfer/problem-text';
import type { PopupDeps } from './deps';

/** The export and import work, loaded on first use. */
const work = () => import('./transfer-work');

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
  async function exportEverything(kind: ExportChoice) {
    try {
      const [data, { offerExport }] = await Promise.all([
        ctx.deps.db.get().then(exportAll),
        work(),
      ]);
      await offerExport(data, kind, ctx.deps);
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
        listLinksFrom(db, url),
      ]);
      if (!article) throw new DbError('not-found');
      const { articleExportData, offerExport } = await work();
      await offerExport(
        articleExportData(article, highlights, links),
        kind,
        ctx.deps,
        article.title,
      );
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
      const { importInBackground } = await work();
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
