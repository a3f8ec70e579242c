import type { Highlight } from './records';

/*
 * The orders of records, written once: the database lists highlights in this order and the export
 * file is written in it, so a file and the popup never disagree.
 */

/** Code-unit order, the order IndexedDB gives string keys: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Order of two ISO timestamps by the instant they name (`…:00Z` and `…:00.000Z` are equal);
 * text that is not a timestamp sorts by its code units.
 */
export function compareTime(a: string, b: string): number {
  const diff = Date.parse(a) - Date.parse(b);
  if (diff) return diff;
  return Number.isNaN(diff) ? compareText(a, b) : 0;
}

/** Highlights in reading order: by position in the text, then by creation instant, then by id. */
export function compareHighlights(a: Highlight, b: Highlight): number {
  return (
    a.selector.start - b.selector.start ||
    compareTime(a.createdAt, b.createdAt) ||
    compareText(a.id, b.id)
  );
}
