import { useState } from 'preact/hooks';
import { exportAll, getArticle, importFile, listHighlights, listLinks, DbError } from '../db';
import type { ImportResult } from '../db';
import { downloadText, parseImport, type ExportData, type ExportKind } from '../export';
import { t, type MessageKey } from '../i18n';
import type { PopupDeps } from './deps';
import { articleExportData, exportDownload } from './export-text';

export type ImportState =
  { state: 'idle' } | { state: 'importing' } | { state: 'done'; summary: string };

export interface TransferContext {
  deps: Pick<PopupDeps, 'db' | 'now' | 'document'>;
  onImported: () => Promise<void>;
  report: (key: MessageKey, e: unknown) => void;
  clearError: () => void;
}

/** Let the browser paint (the 'Importing…' state) before long synchronous work. */
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

/** Export everything or one article (JSON, Markdown, JSON-LD); import a JSON export file. */
export function useTransfer(ctx: TransferContext) {
  const [importState, setImportState] = useState<ImportState>({ state: 'idle' });

  function offer(data: ExportData, kind: ExportKind, slug?: string) {
    const file = exportDownload(data, kind, ctx.deps.now(), slug);
    downloadText(ctx.deps.document, file.fileName, file.text, file.mime);
  }

  async function exportEverything(kind: ExportKind) {
    try {
      offer(await exportAll(await ctx.deps.db.get()), kind);
    } catch (e) {
      ctx.report('errExportFailed', e);
    }
  }

  async function exportArticle(url: string, kind: ExportKind) {
    try {
      const db = await ctx.deps.db.get();
      const [article, highlights, links] = await Promise.all([
        getArticle(db, url),
        listHighlights(db, url),
        listLinks(db),
      ]);
      if (!article) throw new DbError('not-found');
      offer(articleExportData(article, highlights, links), kind, article.title);
    } catch (e) {
      ctx.report('errExportFailed', e);
    }
  }

  /** Checks the whole file first: a file with any problem changes nothing. */
  async function importText(file: File) {
    if (importState.state === 'importing') return;
    ctx.clearError();
    setImportState({ state: 'importing' });
    try {
      await yieldToUi(ctx.deps.document.defaultView);
      const text = await file.text();
      await yieldToUi(ctx.deps.document.defaultView);
      const parsed = parseImport(text);
      if (!parsed.ok) {
        setImportState({ state: 'idle' });
        ctx.report('errImportInvalid', parsed.errors.join('\n'));
        return;
      }
      const result = await importFile(await ctx.deps.db.get(), parsed.file);
      setImportState({ state: 'done', summary: importSummary(result) });
      await ctx.onImported();
    } catch (e) {
      setImportState({ state: 'idle' });
      ctx.report('errImportFailed', e);
    }
  }

  return { importState, exportEverything, exportArticle, importText };
}
