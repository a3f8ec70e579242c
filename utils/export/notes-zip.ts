import { strToU8, zipSync, type Zippable } from 'fflate';
import { wallClockDate } from './local-time';
import type { NoteFile } from './notes-markdown';

/** Zip entries hold times from 1980 to 2107 only. */
const ZIP_EARLIEST = new Date(1980, 0, 1);
const ZIP_LATEST = new Date(2107, 11, 31);

function zipTime(date: Date, timeZone: string): Date {
  const local = wallClockDate(date, timeZone);
  if (Number.isNaN(local.getTime()) || local < ZIP_EARLIEST) return ZIP_EARLIEST;
  return local > ZIP_LATEST ? ZIP_LATEST : local;
}

/** The folder the notes sit in, inside the zip. */
export const NOTES_FOLDER = 'ai-news-notes';

/**
 * The notes folder as a zip (fflate: small, no dependencies, synchronous, and the same bytes for
 * the same input). Each entry carries the time its article last changed, as the reader's clock
 * showed it (zip entries hold a local time without a zone), so the same library and time zone
 * always give the same zip.
 */
export function zipNotes(files: readonly NoteFile[], timeZone: string): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) {
    entries[`${NOTES_FOLDER}/${f.path}`] = [
      strToU8(f.text),
      { mtime: zipTime(f.modified, timeZone), level: 6 },
    ];
  }
  return zipSync(entries, { level: 6 });
}

/** `ai-news-annotator-notes-YYYY-MM-DD.zip` (the reader's local date). */
export function notesZipName(localDay: string): string {
  return `ai-news-annotator-notes-${localDay}.zip`;
}
