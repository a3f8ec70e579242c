import { foldMappedLine } from './fold';
import { foldText, queryTerms } from './normalize';
import type { SearchableCard } from './card';
import { snippetIn, type Snippet } from './snippet';

export type { SearchableCard } from './card';

export { foldMapped, foldText, queryTerms, type Folded } from './normalize';
export { findSnippet, snippetIn, type Snippet, type SnippetField } from './snippet';

export interface SearchIndex<T extends SearchableCard> {
  /** Cards, newest saved first. */
  readonly cards: readonly T[];
  /**
   * The folded searchable text of the card at `i` (same order as `cards`): folded on first use,
   * then kept. `foldAhead` folds them all before the first search, between the page's work.
   */
  haystack(i: number): string;
}

/** Newest first; ties keep their given order. ISO timestamps compare as strings. */
function newestFirst<T extends SearchableCard>(cards: readonly T[]): T[] {
  return cards
    .map((card, i) => ({ card, i }))
    .sort((a, b) =>
      a.card.savedAt === b.card.savedAt ? a.i - b.i : a.card.savedAt < b.card.savedAt ? 1 : -1,
    )
    .map((x) => x.card);
}

/**
 * The cards in search order, each card's text folded once when first searched, so each
 * keystroke scans prepared strings. Nothing is folded here: at 50,000 cards folding every one
 * takes the main thread for a few hundred milliseconds, which `foldAhead` spreads out.
 */
export function buildSearchIndex<T extends SearchableCard>(
  cards: readonly T[],
  /** Haystacks of earlier builds by card: unchanged cards are not folded again. */
  cache?: WeakMap<T, string>,
): SearchIndex<T> {
  const sorted = newestFirst(cards);
  const folded: (string | undefined)[] = new Array<string | undefined>(sorted.length);
  return {
    cards: sorted,
    haystack(i) {
      let hay = folded[i];
      if (hay === undefined) {
        const card = sorted[i]!;
        hay = cache?.get(card);
        if (hay === undefined) {
          hay = haystackOf(card);
          cache?.set(card, hay);
        }
        folded[i] = hay;
      }
      return hay;
    },
  };
}

/** How long one slice of folding ahead may hold the main thread. */
export const FOLD_SLICE_MS = 8;

/**
 * Fold every card of `index` before the reader searches, a slice of `FOLD_SLICE_MS` at a time
 * with the page's other work (and the next page's, which shares the extension's main thread) in
 * between. Returns what stops it; a closed page stops with its timers.
 */
export function foldAhead(
  index: SearchIndex<SearchableCard>,
  later: (step: () => void) => void = (step) => void setTimeout(step, 0),
  now: () => number = () => performance.now(),
): () => void {
  let next = 0;
  let stopped = false;
  const step = () => {
    if (stopped) return;
    const until = now() + FOLD_SLICE_MS;
    while (next < index.cards.length && now() < until) index.haystack(next++);
    if (next < index.cards.length) later(step);
  };
  later(step);
  return () => {
    stopped = true;
  };
}

/** All the searchable text of a card, folded, one field per line. */
export function haystackOf(c: SearchableCard): string {
  return foldText(
    [
      c.title,
      c.summary ?? '',
      c.keywords.join('\n'),
      (c.tags ?? []).join('\n'),
      c.note,
      c.highlightText,
      c.bodyText ?? '',
    ].join('\n'),
  );
}

/** Whether a folded haystack holds every term (AND). */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

const matchCache = new WeakMap<SearchIndex<SearchableCard>, { key: string; hits: Uint8Array }>();

/**
 * Which cards of `index` hold every term in their own text (1) or not (0), by position: worked
 * out once per index and query, so the search that follows with the bodies' finds (and the
 * index's own check of those finds) does not scan the cards again.
 */
export function cardMatches(index: SearchIndex<SearchableCard>, terms: readonly string[]) {
  const key = terms.join('\u0000');
  const kept = matchCache.get(index);
  if (kept?.key === key) return kept.hits;
  const hits = new Uint8Array(index.cards.length);
  for (let i = 0; i < hits.length; i++) hits[i] = matchesTerms(index.haystack(i), terms) ? 1 : 0;
  matchCache.set(index, { key, hits });
  return hits;
}

/** Does `card` carry `keyword` (compared as folded text: `ai`, `AI` and `Ａｉ` are one)? */
export function hasKeyword(card: Pick<SearchableCard, 'keywords'>, keyword: string): boolean {
  const wanted = foldText(keyword);
  return card.keywords.some((k) => foldText(k) === wanted);
}

/**
 * Cards whose text holds every term of `query` (AND, case-insensitive, full-width folded) and,
 * when `keyword` is given, that carry that keyword chip (in any case). Newest first.
 */
export function searchCards<T extends SearchableCard>(
  index: SearchIndex<T>,
  query: string,
  keyword?: string | null,
): T[] {
  const terms = queryTerms(query);
  // No words: nothing to fold (the first screen's list folds no card).
  const hits = terms.length > 0 ? cardMatches(index, terms) : null;
  const out: T[] = [];
  for (let i = 0; i < index.cards.length; i++) {
    const card = index.cards[i]!;
    if (keyword && !hasKeyword(card, keyword)) continue;
    if (!hits || hits[i] === 1) out.push(card);
  }
  return out;
}

/**
 * Counts keywords card by card (`add`), for views that walk their cards rather than hold them;
 * `result` is `keywordCounts` of the cards added.
 */
export function keywordCounter() {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  return {
    add(card: Pick<SearchableCard, 'keywords'>): void {
      const seen = new Set<string>();
      for (const k of card.keywords) {
        const key = foldText(k);
        if (seen.has(key)) continue;
        seen.add(key);
        const group = groups.get(key) ?? { count: 0, spellings: new Map<string, number>() };
        group.count++;
        group.spellings.set(k, (group.spellings.get(k) ?? 0) + 1);
        groups.set(key, group);
      }
    },
    result(): { keyword: string; count: number }[] {
      return [...groups.values()]
        .map(({ count, spellings }) => ({ keyword: mostUsed(spellings), count }))
        .sort((a, b) => b.count - a.count || a.keyword.localeCompare(b.keyword));
    },
  };
}

/**
 * Keywords of all cards with how many cards carry each, most used first, then by name. Keywords
 * that differ only in case or width are one, named by the spelling most cards use.
 */
export function keywordCounts(
  cards: readonly SearchableCard[],
): { keyword: string; count: number }[] {
  const counter = keywordCounter();
  for (const card of cards) counter.add(card);
  return counter.result();
}

function mostUsed(spellings: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [spelling, n] of spellings) {
    if (n > most || (n === most && spelling < best)) [best, most] = [spelling, n];
  }
  return best;
}

/**
 * Does the article's body complete what its card's text (`haystack`, folded) lacks: is every
 * term in one of them? Gives the body's snippet of the first term the card lacks, or null when
 * the card alone matches or the body does not hold the rest. The body is folded only when needed.
 * (For views that keep cards without their bodies, as the popup does.)
 */
export function bodyMatch(
  haystack: string,
  body: string,
  terms: readonly string[],
): Snippet | null {
  const lacking = terms.filter((term) => !haystack.includes(term));
  if (lacking.length === 0) return null;
  const folded = foldText(body);
  if (!matchesTerms(folded, lacking)) return null;
  // Only the line of the first match is folded with its positions (a body is thousands of
  // characters).
  const first = Math.min(...lacking.map((term) => folded.indexOf(term)));
  return snippetIn('body', body, lacking, foldMappedLine(body, folded, first));
}
