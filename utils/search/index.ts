import { foldText, queryTerms } from './normalize';

export { foldText, queryTerms } from './normalize';
export { findSnippet, type Snippet, type SnippetField } from './snippet';

/** What the saved-list search reads from a card. */
export interface SearchableCard {
  title: string;
  summary: string | null;
  keywords: string[];
  note: string;
  highlightText: string;
  savedAt: string;
  /** The reader's own tags (library cards; searched like keywords). */
  tags?: string[];
  /** The article's body (library cards only: the popup does not load bodies). */
  bodyText?: string;
}

export interface SearchIndex<T extends SearchableCard> {
  /** Cards, newest saved first. */
  readonly cards: readonly T[];
  /** One folded haystack per card, same order as `cards`. */
  readonly haystacks: readonly string[];
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

/** Fold every card's searchable text once, so each keystroke only scans prepared strings. */
export function buildSearchIndex<T extends SearchableCard>(
  cards: readonly T[],
  /** Haystacks of earlier builds by card: unchanged cards are not folded again. */
  cache?: WeakMap<T, string>,
): SearchIndex<T> {
  const sorted = newestFirst(cards);
  const haystacks = sorted.map((card) => {
    const known = cache?.get(card);
    if (known !== undefined) return known;
    const hay = haystackOf(card);
    cache?.set(card, hay);
    return hay;
  });
  return { cards: sorted, haystacks };
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

/**
 * Cards whose text holds every term of `query` (AND, case-insensitive, full-width folded) and,
 * when `keyword` is given, that carry exactly that keyword chip. Newest first.
 */
export function searchCards<T extends SearchableCard>(
  index: SearchIndex<T>,
  query: string,
  keyword?: string | null,
): T[] {
  const terms = queryTerms(query);
  const out: T[] = [];
  for (let i = 0; i < index.cards.length; i++) {
    const card = index.cards[i]!;
    if (keyword && !card.keywords.includes(keyword)) continue;
    const hay = index.haystacks[i]!;
    if (matchesTerms(hay, terms)) out.push(card);
  }
  return out;
}

/** Keywords of all cards with how many cards carry each, most used first, then by name. */
export function keywordCounts(
  cards: readonly SearchableCard[],
): { keyword: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const card of cards) {
    for (const k of new Set(card.keywords)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts]
    .map(([keyword, count]) => ({ keyword, count }))
    .sort((a, b) => b.count - a.count || a.keyword.localeCompare(b.keyword));
}
