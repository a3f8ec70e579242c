import { foldMapped, type Folded } from './fold';
import type { SearchableCard } from './card';

export type SnippetField = 'summary' | 'keywords' | 'tags' | 'note' | 'highlight' | 'body';

/** The passage of a card where the search matched, with the match marked by offsets. */
export interface Snippet {
  field: SnippetField;
  /** The passage, cut at about `SNIPPET_CHARS` around the match, with `…` where it was cut. */
  text: string;
  /** Where the matched term is inside `text` (UTF-16 offsets). */
  start: number;
  end: number;
}

/** How many characters of context a snippet keeps on each side of the match. */
export const SNIPPET_CONTEXT = 48;

function fieldsOf(card: SearchableCard): [SnippetField, string][] {
  return [
    ['summary', card.summary ?? ''],
    ['keywords', card.keywords.join(' · ')],
    ['tags', (card.tags ?? []).join(' · ')],
    ['note', card.note],
    ['highlight', card.highlightText],
    ['body', card.bodyText ?? ''],
  ];
}

function cut(text: string, at: number, length: number): { text: string; start: number } {
  const from = Math.max(0, at - SNIPPET_CONTEXT);
  const to = Math.min(text.length, at + length + SNIPPET_CONTEXT);
  const head = from > 0 ? '…' : '';
  const body = text.slice(from, to).replace(/\s+/gu, ' ');
  const shift = text.slice(from, at).replace(/\s+/gu, ' ').length;
  return { text: `${head}${body}${to < text.length ? '…' : ''}`, start: head.length + shift };
}

/**
 * Where the earliest of `terms` (folded) matches in `text` of `field`, or null. `folded` may be
 * passed when the caller already folded `text` (`foldMapped`). The passage shown is the
 * original text: folding keeps where each folded character came from.
 */
export function snippetIn(
  field: SnippetField,
  text: string,
  terms: readonly string[],
  folded: Folded = foldMapped(text),
): Snippet | null {
  let at = -1;
  let length = 0;
  for (const term of terms) {
    const i = folded.text.indexOf(term);
    if (i >= 0 && (at < 0 || i < at)) [at, length] = [i, term.length];
  }
  if (at < 0) return null;
  const from = folded.at[at]!;
  const last = folded.at[at + length - 1]!;
  const to = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
  const { text: shown, start } = cut(text, from, to - from);
  const matched = text.slice(from, to).replace(/\s+/gu, ' ');
  return { field, text: shown, start, end: start + matched.length };
}

/** Each card's last snippet and the terms it was found for (a list renders its rows again and again). */
const lastSnippet = new WeakMap<SearchableCard, { key: string; snippet: Snippet | null }>();

/**
 * Where `terms` (folded, as `queryTerms` gives them) first match a card outside its title:
 * summary, keywords, tags, note, highlights, then body. Null when nothing but the title matched.
 */
export function findSnippet(card: SearchableCard, terms: readonly string[]): Snippet | null {
  if (terms.length === 0) return null;
  const key = terms.join('\u0000');
  const kept = lastSnippet.get(card);
  if (kept?.key === key) return kept.snippet;
  let snippet: Snippet | null = null;
  for (const [field, text] of fieldsOf(card)) {
    if (!text) continue;
    snippet = snippetIn(field, text, terms);
    if (snippet) break;
  }
  lastSnippet.set(card, { key, snippet });
  return snippet;
}
