import { useState } from 'preact/hooks';
import { exportAll, getArticle, listHighlights, listLinks, DbError } from '../db';
import type { ImportResult } from '../db';
import { downloadText, type ExportChoice, type ExportData } from '../export';
import { formatNumber, t, type MessageKey } from '../i18n';
import { failureText } from '../i18n-errors';
import type { ImportOutcome, ImportProgress } from '../transfer/import-worker-protocol';
import { problemsText } from '../transfer/problem-text';
import { runImport } from '../transfer/run-import';
import type { PopupDeps } from './deps';
import { articleExportData, exportDownload } from './export-text';
import { canImportInWorker, importInWorker } from './import-in-worker';
import { offerNotes } from '../view/notes-download';

export type ImportState =
  | { state: 'idle' }
  | { state: 'importing'; progress: ImportProgress | null }
  | { state: 'done'; summary: string };

export interface TransferContext {
  deps: Pick<PopupDeps, 'db' | 'now' | 'document' | 'sendToBackground'>;
  /** The import committed: show everything again. */
  onImported: () => Promise<void>;
  report: (key: MessageKey, e: unknown) => void;
  clearError: () => void;
}

/** Let the browser paint (the current import step) before long synchronous work. */
function yieldToUi(view: Window | null): Promise<void> {
  return new Promise((resolve) => {
    if (view?.requestAnimationFrame) view.requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
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

/** Export everything or one article (backup JSON, Markdown notes, Web Annotations); import a backup. */
export function useTransfer(ctx: TransferContext) {
  const [importState, setImportState] = useState<ImportState>({ state: 'idle' });

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

  /**
   * Checks the whole file first: a file with any problem changes nothing. The work runs in a
   * worker; a page without workers runs it itself, pausing to show each step.
   */
  function runAnywhere(file: File, onProgress: (p: ImportProgress) => void) {
    const view = ctx.deps.document.defaultView;
    if (canImportInWorker(view)) return importInWorker(file, onProgress);
    return runImport(file, {
      openDb: () => ctx.deps.db.get(),
      onProgress,
      pause: () => yieldToUi(view),
      now: ctx.deps.now,
    });
  }

  async function importText(file: File) {
    if (importState.state === 'importing') return;
    ctx.clearError();
    setImportState({ state: 'importing', progress: null });
    let outcome: ImportOutcome;
    try {
      outcome = await runAnywhere(file, (progress) =>
        setImportState({ state: 'importing', progress }),
      );
    } catch (e) {
      outcome = { kind: 'failed', code: 'worker', detail: String(e) };
    }
    if (outcome.kind === 'done') {
      setImportState({ state: 'done', summary: importSummary(outcome.result) });
      // The worker wrote the library itself: the background tells every view (this one too)
      // and every tab. Without a background to tell, this popup reads it all again itself.
      await ctx.deps
        .sendToBackground('changes/announce', {})
        .catch(() => ctx.onImported())
        .catch((e: unknown) => ctx.report('errLoadFailed', e));
      return;
    }
    setImportState({ state: 'idle' });
    if (outcome.kind === 'invalid') {
      const text = problemsText(outcome.problems, outcome.more, t, formatNumber);
      ctx.report('errImportInvalid', text);
    } else {
      console.warn('[AI News Annotator] import failed:', outcome.code, outcome.detail);
      ctx.report('errImportFailed', failureText(outcome.code));
    }
  }

  return { importState, exportEverything, exportArticle, importText };
}
