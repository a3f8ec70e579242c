import { downloadText } from '../export/download';
import type { ExportData } from '../export/json';
import { readerTimeZone } from '../export/local-time';
import { notesDownload } from '../export/notes-export';
import { notesWords } from '../export/notes-words';
import { t } from '../i18n';
import { loadNoteTemplate, templateStorage, type TemplateStorage } from './note-template-store';

/**
 * Offer the notes of `data` (one article: its Markdown file; more: a zip of the folder), written
 * with the reader's template, in the reader's language and time zone.
 */
export async function offerNotes(
  data: ExportData,
  {
    now,
    document,
    storage = templateStorage(),
  }: { now: Date; document: Document; storage?: TemplateStorage },
): Promise<void> {
  const words = notesWords(t);
  const template = await loadNoteTemplate(storage, words.defaultTemplate);
  const file = notesDownload(data, { ...words, template, timeZone: readerTimeZone(), now });
  downloadText(document, file.fileName, file.body, file.mime);
}
