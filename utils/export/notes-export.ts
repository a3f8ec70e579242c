import type { Translate } from '../i18n';
import type { ExportData, ExportKind } from './json';
import { localDate } from './local-time';
import { buildNoteFiles, type NotesOptions } from './notes-markdown';
import { defaultNoteTemplate, unknownVariables } from './notes-template';
import { MAX_TEMPLATE_CHARS } from '../limits';
import { notesZipName, zipNotes } from './notes-zip';

/** What the reader can export: a backup (JSON), notes (Markdown), Web Annotations (JSON-LD). */
export type ExportChoice = Exclude<ExportKind, 'md'> | 'notes';

/** A file to offer the reader: its name, its bytes or text, and its media type. */
export interface NotesDownload {
  fileName: string;
  body: Uint8Array | string;
  mime: string;
}

/** The words of the notes in the reader's language. */
export function notesWords(t: Translate): Omit<NotesOptions, 'template' | 'timeZone'> & {
  defaultTemplate: string;
} {
  return {
    listSeparator: t('mdListSeparator'),
    untitled: t('mdUntitled'),
    defaultTemplate: defaultNoteTemplate({
      quickRead: t('mdQuickRead'),
      note: t('mdNote'),
      highlights: t('notesHighlights'),
      related: t('mdRelated'),
    }),
  };
}

/** Why a template cannot be saved, in the reader's words; `null` when it can. */
export function templateProblem(template: string, t: Translate): string | null {
  if (template.length > MAX_TEMPLATE_CHARS) {
    return t('errNotesTemplateTooLong', MAX_TEMPLATE_CHARS.toLocaleString());
  }
  const unknown = unknownVariables(template);
  if (unknown.length > 0)
    return t('errNotesTemplateUnknown', unknown.map((n) => `{{${n}}}`).join(', '));
  return null;
}

/**
 * The notes of `data`: one article gives its one Markdown file, more give a zip of the folder
 * (one file per article, oldest first).
 */
export function notesDownload(data: ExportData, o: NotesOptions & { now: Date }): NotesDownload {
  const files = buildNoteFiles(data, o);
  const only = files.length === 1 ? files[0] : undefined;
  if (only) return { fileName: only.path, body: only.text, mime: 'text/markdown' };
  return {
    fileName: notesZipName(localDate(o.now, o.timeZone)),
    body: zipNotes(files, o.timeZone),
    mime: 'application/zip',
  };
}
