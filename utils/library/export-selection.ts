import { exportAll, type Db } from '../db';
import { downloadText, type ExportData, type ExportKind } from '../export';
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

/** Offer the selected articles as a JSON or Markdown file. */
export async function exportSelection(
  db: Db,
  urls: ReadonlySet<string>,
  kind: ExportKind,
  now: Date,
  document_: Document,
): Promise<void> {
  const data = selectionExportData(await exportAll(db), urls);
  const file = exportDownload(
    data,
    kind,
    now,
    urls.size === 1 ? data.articles[0]?.title : undefined,
  );
  downloadText(document_, file.fileName, file.text, file.mime);
}
