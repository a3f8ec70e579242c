import { browser } from 'wxt/browser';
import {
  downloadText,
  notesDownload,
  notesWords,
  readerTimeZone,
  type ExportData,
} from '../export';
import { t } from '../i18n';
import { loadNoteTemplate, type TemplateStorage } from './note-template-store';

/** The browser's `storage.local`, where the reader's notes template is kept. */
export function templateStorage(): TemplateStorage {
  return browser.storage.local as unknown as TemplateStorage;
}

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
