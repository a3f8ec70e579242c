import type { ExportData, ExportKind } from './json';
import { localDate } from './local-time';
import { buildNoteFiles, type NotesOptions } from './notes-markdown';
import { notesZipName, zipNotes } from './notes-zip';

/** What the reader can export: a backup (JSON), notes (Markdown), Web Annotations (JSON-LD). */
export type ExportChoice = Exclude<ExportKind, 'md'> | 'notes';

/** A file to offer the reader: its name, its bytes or text, and its media type. */
export interface NotesDownload {
  fileName: string;
  body: Uint8Array | string;
  mime: string;
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
