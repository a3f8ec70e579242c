import { exportAll, type Db } from '../db';
import { downloadText, type ExportChoice, type ExportData } from '../export';
import { offerNotes } from '../view/notes-download';
import type { TemplateStorage } from '../view/note-template-store';
import { exportDownload } from '../popup/export-text';

/**
 * The export data of some saved articles: those articles with their highlights, and the links
 * they list (each listing only the exported articles, so the file stands on its own).
 */
export function selectionExportData(all: ExportData, urls: ReadonlySet<string>): ExportData {
  return {
    articles: all.articles.filter((a) => urls.has(a.url)),
    links: all.links
      .map((l) => ({ ...l, fromArticles: l.fromArticles.filter((u) => urls.has(u)) }))
      .filter((l) => l.fromArticles.length > 0),
  };
}

/**
 * Offer the selected articles as a backup, notes or Web Annotations; notes of no selection are the
 * notes of the whole library.
 */
export async function exportSelection(
  db: Db,
  urls: ReadonlySet<string>,
  kind: ExportChoice,
  {
    now,
    document: document_,
    templates,
  }: { now: Date; document: Document; templates: TemplateStorage },
): Promise<void> {
  const all = await exportAll(db);
  if (kind === 'notes') {
    const data = urls.size === 0 ? all : selectionExportData(all, urls);
    return offerNotes(data, { now, document: document_, storage: templates });
  }
  const data = selectionExportData(all, urls);
  const file = exportDownload(
    data,
    kind,
    now,
    urls.size === 1 ? data.articles[0]?.title : undefined,
  );
  downloadText(document_, file.fileName, file.text, file.mime);
}
