import { foldText } from './normalize';

/** A few words around the first place a query matched, split so the match can be marked. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** Characters of context shown before a match: few, so the match itself stays in view. */
export const SNIPPET_BEFORE = 14;
/** Characters of context shown after a match. */
export const SNIPPET_AFTER = 60;

const squash = (text: string) => text.replace(/\s+/gu, ' ');

/**
 * Offsets in `text` of the span [start, end) of its folded form. Folding keeps the length of
 * nearly all text (CJK, ASCII, full-width forms); where it does not, each character is folded
 * on its own to find where the span starts and ends.
 */
function originalSpan(text: string, start: number, end: number): [number, number] {
  let folded = 0;
  let from = -1;
  let i = 0;
  for (const ch of text) {
    if (from < 0 && folded >= start) from = i;
    if (folded >= end) return [from, i];
    folded += foldText(ch).length;
    i += ch.length;
  }
  return [from < 0 ? text.length : from, text.length];
}

/** Where in `folded` the earliest of `terms` starts, with its length; null when none is there. */
function firstMatch(folded: string, terms: readonly string[]): [number, number] | null {
  let best: [number, number] | null = null;
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at >= 0 && (!best || at < best[0])) best = [at, term.length];
  }
  return best;
}

/**
 * The snippet of `text` around the earliest match of any of `terms` (folded terms, as
 * `queryTerms` gives them), or null when none matches. `folded` may be passed when the caller
 * already folded `text`.
 */
export function snippetOf(
  text: string,
  terms: readonly string[],
  folded: string = foldText(text),
): Snippet | null {
  const found = firstMatch(folded, terms);
  if (!found) return null;
  const [at, length] = found;
  const [start, end] =
    folded.length === text.length ? [at, at + length] : originalSpan(text, at, at + length);
  const from = Math.max(0, start - SNIPPET_BEFORE);
  const to = Math.min(text.length, end + SNIPPET_AFTER);
  return {
    before: (from > 0 ? '…' : '') + squash(text.slice(from, start)).trimStart(),
    match: text.slice(start, end),
    after: squash(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}
