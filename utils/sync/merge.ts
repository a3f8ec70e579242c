import type { RecordValue, Sibling } from './model';
import { compareVectors, covers, type VersionVector } from './vv';

/**
 * Between two texts of a note edited on two devices before they synced. Language-neutral, since
 * every device must write the very same text; the reader sees both texts and this line between.
 */
export const NOTE_CONFLICT_SEPARATOR = '\n\n──── ⇅ ────\n\n';

/**
 * Add `incoming` to the current versions of a record. Versions it covers are dropped; if a current
 * version covers it (or is it), nothing changes and null is returned. The result is the same set
 * whatever order versions arrive in, so every device ends with the same versions.
 */
export function addSibling(sibs: readonly Sibling[], incoming: Sibling): Sibling[] | null {
  if (sibs.some((s) => covers(s.vv, incoming.vv))) return null;
  return sortSiblings([...sibs.filter((s) => !covers(incoming.vv, s.vv)), incoming]);
}

/** Versions in a stable order: by device, then by their vectors' text. */
export function sortSiblings(sibs: Sibling[]): Sibling[] {
  return sibs.sort((a, b) => cmp(a.dev, b.dev) || cmp(vectorKey(a.vv), vectorKey(b.vv)));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const vectorKey = (v: VersionVector) => JSON.stringify(v);

/** Versions whose value is known (not left out as "the local record"). */
export type KnownSibling = Sibling & { readonly value: RecordValue | null };

/**
 * The record every device shows for a set of concurrent versions:
 * - a deletion gives way to a concurrent edit (the reader who deleted never saw that edit), so the
 *   record is deleted only when every current version is a deletion;
 * - the fields come from the latest edit by (`at`, device);
 * - the note keeps the text of every concurrent note edit, in a fixed order, joined by
 *   `NOTE_CONFLICT_SEPARATOR` (no empty texts; a part already merged in once).
 */
export function resolve(sibs: readonly KnownSibling[]): RecordValue | null {
  const live = sibs.filter((s): s is KnownSibling & { value: RecordValue } => s.value !== null);
  if (live.length === 0) return null;
  const winner = live.reduce((best, s) => (laterEdit(s, best) ? s : best));
  if (live.length === 1 || typeof winner.value.note !== 'string') return winner.value;
  return { ...winner.value, note: mergeNotes(live) };
}

function laterEdit(a: Sibling, b: Sibling): boolean {
  return a.at !== b.at ? a.at > b.at : a.dev > b.dev;
}

function mergeNotes(live: readonly (KnownSibling & { value: RecordValue })[]): string {
  const notes = live.map((s) => ({ text: String(s.value.note ?? ''), nvv: s.nvv }));
  const current = notes.filter(
    (n) => !notes.some((other) => compareVectors(n.nvv, other.nvv) === 'before'),
  );
  const texts = [...new Set(current.map((n) => n.text))].sort(cmp);
  const written = texts.filter((t) => t !== '');
  if (!written.length) return '';
  // A text merged before (on a device that later started afresh, say) is its parts again, so
  // merging it with one of them adds nothing: each part once, in the order first met.
  const parts = written.flatMap((t) => t.split(NOTE_CONFLICT_SEPARATOR)).filter((t) => t !== '');
  return [...new Set(parts)].join(NOTE_CONFLICT_SEPARATOR);
}
