/**
 * The popup's export and import work, loaded when the reader first exports or imports: the
 * export formats and the import's checks (zod) stay out of the popup's first screen.
 */
import { downloadText, type ExportChoice, type ExportData } from '../export';
import { offerNotes } from '../view/notes-download';
import { exportDownload } from './export-text';

export { articleExportData } from './export-text';
export { importInBackground } from '../transfer/import-client';

/** Offer `data` as a file of `kind` (the notes as Markdown files, through their template). */
export async function offerExport(
  data: ExportData,
  kind: ExportChoice,
  deps: { now: () => Date; document: Document },
  slug?: string,
) {
  const { now, document } = deps;
  if (kind === 'notes') return offerNotes(data, { now: now(), document });
  const file = exportDownload(data, kind, now(), slug);
  downloadText(document, file.fileName, file.text, file.mime);
}
