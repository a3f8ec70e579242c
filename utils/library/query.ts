import type { ArticleCard } from '../db';
import { buildSearchIndex, hasKeyword, cardMatches, queryTerms, type SearchIndex } from '../search';
import { tagKey } from '../tags';
import { localDay } from './dates';

export type SortKey = 'saved' | 'published' | 'title' | 'source' | 'highlights';
export const SORT_KEYS: readonly SortKey[] = [
  'saved',
  'published',
  'title',
  'source',
  'highlights',
];

/** What narrows the list. Every part is optional; together they must all hold (AND). */
export interface LibraryFilter {
  query: string;
  /** Keywords an article must carry, every one of them (none: any). */
  keywords: readonly string[];
  tag: string | null;
  source: string | null;
  /** Saved on or after this local day (`YYYY-MM-DD`). */
  from: string | null;
  /** Saved on or before this local day (`YYYY-MM-DD`). */
  to: string | null;
  format: 'quickread' | 'generic' | null;
  hasNotes: boolean;
  hasHighlights: boolean;
  /** Only articles the reader also keeps in "read later" (and has not read). */
  readLater: boolean;
}

export const NO_FILTER: LibraryFilter = {
  query: '',
  keywords: [],
  tag: null,
  source: null,
  from: null,
  to: null,
  format: null,
  hasNotes: false,
  hasHighlights: false,
  readLater: false,
};

/** The cards prepared once per load: folded text for search, local save days, sort orders. */
export interface LibraryIndex {
  search: SearchIndex<ArticleCard>;
  /** The local day each card (same order as `search.cards`) was saved. */
  days: readonly string[];
  /** Lazily built: card positions in each sort order (`<key>:<descending>`). */
  orders: Map<string, Int32Array>;
}

export function buildLibraryIndex(
  cards: readonly ArticleCard[],
  cache?: WeakMap<ArticleCard, string>,
): LibraryIndex {
  const search = buildSearchIndex(cards, cache);
  return { search, days: search.cards.map((c) => localDay(c.savedAt)), orders: new Map() };
}

/**
 * Titles and sources compare with a collator built when the list is first sorted by them: the
 * first `Intl` object in the library's process costs it 9–26 ms, and it opens sorted by date.
 */
let collator: Intl.Collator | undefined;
const textCollator = () =>
  (collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }));

type Primary = (a: number, b: number) => number;

/** Compare by `key` of each position, values missing (NaN, null, '') last in either direction. */
function byKey<T>(keys: T[], missing: (v: T) => boolean, compare: (x: T, y: T) => number) {
  return (sign: number): Primary =>
    (a, b) => {
      const x = keys[a]!;
      const y = keys[b]!;
      const mx = missing(x);
      const my = missing(y);
      if (mx || my) return Number(mx) - Number(my);
      return sign * compare(x, y);
    };
}

/**
 * Card positions in the order of `key` (`descending` flips the values, not the ties): cards
 * without a value (no date, no source) go last, and ties keep the newest saved first.
 */
function sortOrder(index: LibraryIndex, key: SortKey, descending: boolean): Int32Array {
  const cacheKey = `${key}:${descending}`;
  const known = index.orders.get(cacheKey);
  if (known) return known;
  const cards = index.search.cards;
  const sign = descending ? -1 : 1;
  const text = (get: (c: ArticleCard) => string | null) => {
    const { compare } = textCollator();
    return byKey(
      cards.map(get),
      (v) => !v,
      (x, y) => compare(x!, y!),
    );
  };
  const primary: Record<SortKey, () => Primary> = {
    // `search.cards` is newest saved first: its positions are the saved order.
    saved: () => (a, b) => -sign * (a - b),
    published: () =>
      byKey(
        cards.map((c) => (c.publishedAt ? Date.parse(c.publishedAt) : NaN)),
        Number.isNaN,
        (x, y) => x - y,
      )(sign),
    title: () => text((c) => c.title)(sign),
    source: () => text((c) => c.source)(sign),
    highlights: () =>
      byKey(
        cards.map((c) => c.highlightCount),
        () => false,
        (x, y) => x - y,
      )(sign),
  };
  const compare = primary[key]();
  const order = Int32Array.from(
    Array.from(cards, (_, i) => i).sort((a, b) => compare(a, b) || a - b),
  );
  index.orders.set(cacheKey, order);
  return order;
}

type Test = (card: ArticleCard, i: number) => boolean;

function tests(
  index: LibraryIndex,
  f: LibraryFilter,
  later: ReadonlySet<string>,
  bodyFound: Uint8Array | null,
): Test[] {
  const out: Test[] = [];
  const terms = queryTerms(f.query);
  const { search } = index;
  if (terms.length > 0) {
    const hits = cardMatches(search, terms);
    out.push((_c, i) => hits[i] === 1 || bodyFound?.[i] === 1);
  }
  // As the keyword choices are counted: `AI`, `Ai` and `Ａｉ` are one keyword.
  if (f.keywords.length > 0) out.push((c) => f.keywords.every((k) => hasKeyword(c, k)));
  if (f.tag) {
    const key = tagKey(f.tag);
    out.push((c) => c.tags.some((t) => tagKey(t) === key));
  }
  if (f.source) out.push((c) => c.source === f.source);
  if (f.from) out.push((_c, i) => index.days[i]! >= f.from!);
  if (f.to) out.push((_c, i) => index.days[i]! <= f.to!);
  if (f.format) out.push((c) => c.format === f.format);
  if (f.hasNotes) out.push((c) => c.note.trim() !== '' || c.highlightNoteCount > 0);
  if (f.hasHighlights) out.push((c) => c.highlightCount > 0);
  if (f.readLater) out.push((c) => later.has(c.url));
  return out;
}

/**
 * The cards that pass `filter`, in the order of `sort` (`descending` flips it). `later` holds the
 * urls kept for later and not yet read; `bodyFound` has 1 at each card (by its place in
 * `index.search.cards`) whose body completes what the card lacks of the query (the body search's
 * answer).
 */
export function queryLibrary(
  index: LibraryIndex,
  filter: LibraryFilter,
  sort: SortKey,
  descending: boolean,
  later: ReadonlySet<string> = new Set(),
  bodyFound: Uint8Array | null = null,
): ArticleCard[] {
  const order = sortOrder(index, sort, descending);
  const checks = tests(index, filter, later, bodyFound);
  const cards = index.search.cards;
  const out: ArticleCard[] = [];
  const n = order.length;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const card = cards[i]!;
    let ok = true;
    for (const check of checks) {
      if (!check(card, i)) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(card);
  }
  return out;
}

/** Whether anything narrows the list. */
export function isFiltered(f: LibraryFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof LibraryFilter)[]).some((k) =>
    Array.isArray(f[k]) ? (f[k] as unknown[]).length > 0 : f[k] !== NO_FILTER[k],
  );
}
