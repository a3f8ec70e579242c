import { useLayoutEffect, useState } from 'preact/hooks';
import {
  forEachArticleBody,
  lookupBodies,
  type ArticleCard,
  type BodyLookup,
  type Db,
} from '../db';
import { bodyMatch, cardMatches, hasKeyword, type SearchIndex, type Snippet } from '../search';
import type { DbAccessor } from '../db';

/**
 * The pause after the last keystroke before every body is read (when the index cannot answer:
 * a one-character term, or the index still catching up). The index answers at once.
 */
export const BODY_SEARCH_DELAY_MS = 200;
/**
 * How many articles found through the body index have their body read for the snippet: about a
 * screenful (the rest are listed without one; the index's word is exact).
 */
export const SNIPPET_BODIES = 12;

/** What body search found: each article's snippet, or null when its body was not read. */
export type BodyHitMap = Map<string, Snippet | null>;

const positions = new WeakMap<SearchIndex<ArticleCard>, Map<string, number>>();

/** Where each card is in the index, by url (kept with the index). */
function positionsOf(index: SearchIndex<ArticleCard>): Map<string, number> {
  let position = positions.get(index);
  if (!position) {
    position = new Map(index.cards.map((card, i) => [card.url, i]));
    positions.set(index, position);
  }
  return position;
}

/**
 * The saved articles that `terms` finds only with their body text (each with the body's
 * snippet), read from every body, a page at a time; the body is folded only when the card's own
 * text lacks a term. Stops early, with what it found, once `live()` is false.
 */
async function scanBodies(
  db: Db,
  index: SearchIndex<ArticleCard>,
  terms: readonly string[],
  keyword: string | null,
  live: () => boolean,
): Promise<BodyHitMap> {
  const position = positionsOf(index);
  const hits: BodyHitMap = new Map();
  await forEachArticleBody(db, (url, body) => {
    if (!live()) return false;
    const i = position.get(url);
    if (i === undefined) return;
    if (keyword && !hasKeyword(index.cards[i]!, keyword)) return;
    const found = bodyMatch(index.haystack(i), body, terms);
    if (found) hits.set(url, found);
  });
  return hits;
}

/**
 * The cards (by position) that the index finds (every term in their whole text) and their
 * card's text alone does not: the finds body search adds. Newest first.
 */
function indexedOnly(
  index: SearchIndex<ArticleCard>,
  terms: readonly string[],
  keyword: string | null,
  found: readonly string[],
): number[] {
  const position = positionsOf(index);
  const whole = cardMatches(index, terms);
  const out: number[] = [];
  for (const url of found) {
    const i = position.get(url);
    if (i === undefined || whole[i] === 1) continue;
    if (keyword && !hasKeyword(index.cards[i]!, keyword)) continue;
    out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** What the kept index found: its answer, and the finds the cards' own text does not explain. */
interface IndexedFinds {
  lookup: BodyLookup | null;
  /** Card positions, newest first; the first `SNIPPET_BODIES` have their bodies in `lookup.picked`. */
  found: number[];
}

/** Ask the kept index, reading the newest finds' bodies (for their snippets) in the same transaction. */
async function indexedFinds(
  db: Db,
  index: SearchIndex<ArticleCard>,
  terms: readonly string[],
  keyword: string | null,
): Promise<IndexedFinds> {
  let found: number[] = [];
  const pick = (urls: readonly string[]) => {
    found = indexedOnly(index, terms, keyword, urls);
    return found.slice(0, SNIPPET_BODIES).map((i) => index.cards[i]!.url);
  };
  const lookup = await lookupBodies(db, terms, pick);
  return { lookup, found };
}

/** A lookup started as the query was typed, for the body search of the render that follows. */
let early: {
  key: string;
  index: SearchIndex<ArticleCard>;
  finds: Promise<IndexedFinds>;
} | null = null;

/**
 * Start the kept index's lookup for `terms` now, in the input's own task: the body search that
 * the next render starts takes it over, so the index is read while the cards' finds render.
 * Unclaimed by the end of the task, it is dropped.
 */
export function lookAhead(
  db: Db,
  index: SearchIndex<ArticleCard>,
  terms: readonly string[],
  keyword: string | null,
): void {
  const key = searchKey(terms, keyword);
  if (!key) return;
  const started = { key, index, finds: indexedFinds(db, index, terms, keyword) };
  started.finds.catch(() => undefined); // an unclaimed lookup's failure is nobody's to report
  early = started;
  setTimeout(() => {
    if (early === started) early = null;
  }, 0);
}

/** The early lookup for this search, if one is under way; else a new one. */
function findsFor(
  db: Db,
  index: SearchIndex<ArticleCard>,
  terms: readonly string[],
  keyword: string | null,
): Promise<IndexedFinds> {
  const claimed = early?.key === searchKey(terms, keyword) && early.index === index ? early : null;
  early = null;
  return claimed ? claimed.finds : indexedFinds(db, index, terms, keyword);
}

/**
 * The saved articles that `terms` finds only with their body text. Through the kept body
 * index (`lookupBodies`) when it can answer: the newest `SNIPPET_BODIES` of its finds are read
 * for their snippet in the lookup's own transaction, the rest listed without one; bodies not
 * indexed yet are read whole. Else every body is read (`scanBodies`).
 */
export async function searchBodies(
  db: Db,
  index: SearchIndex<ArticleCard>,
  terms: readonly string[],
  keyword: string | null,
  live: () => boolean = () => true,
  /** Waited for before reading every body (the typing pause). */
  beforeScan: () => Promise<void> = async () => undefined,
): Promise<BodyHitMap> {
  const { lookup, found } = await findsFor(db, index, terms, keyword);
  if (!lookup) {
    await beforeScan();
    return live() ? scanBodies(db, index, terms, keyword, live) : new Map();
  }
  const hits: BodyHitMap = new Map();
  if (!live()) return hits;
  const position = positionsOf(index);
  for (const body of lookup.queued) {
    const i = position.get(body.url);
    if (i === undefined || (keyword && !hasKeyword(index.cards[i]!, keyword))) continue;
    const snippet = bodyMatch(index.haystack(i), body.text, terms);
    if (snippet) hits.set(body.url, snippet);
  }
  found.slice(0, SNIPPET_BODIES).forEach((i) => {
    const url = index.cards[i]!.url;
    const text = lookup.picked.get(url);
    const snippet = text === undefined ? null : bodyMatch(index.haystack(i), text, terms);
    if (snippet) hits.set(url, snippet);
  });
  for (const i of found.slice(SNIPPET_BODIES)) hits.set(index.cards[i]!.url, null);
  return hits;
}

export interface BodyHits {
  /** What the hits were found for (terms and keyword). */
  key: string;
  hits: ReadonlyMap<string, Snippet | null>;
  searching: boolean;
}

/** No hits: one map, so that views that memoize on the hits do not work again for nothing. */
const NO_HITS: ReadonlyMap<string, Snippet | null> = new Map();
const NONE: BodyHits = { key: '', hits: NO_HITS, searching: false };

/** What a query and keyword filter ask for, as one comparable key. */
export const searchKey = (terms: readonly string[], keyword: string | null) =>
  terms.length ? `${terms.join('\u0000')}\u0001${keyword ?? ''}` : '';

/**
 * Body search for the popup and the library: runs a moment after the query settles, again when
 * the cards change, and keeps the hits found for the same query while it searches again (no
 * flicker).
 */
export function useBodySearch(
  deps: { db: Pick<DbAccessor, 'get'> },
  index: SearchIndex<ArticleCard>,
  terms: readonly string[],
  keyword: string | null,
  onError: (e: unknown) => void,
): BodyHits {
  const [state, setState] = useState<BodyHits>(NONE);
  const key = searchKey(terms, keyword);
  // Before the frame that shows the cards' finds: the index is read while that frame is drawn.
  useLayoutEffect(() => {
    if (!key) {
      setState(NONE);
      return;
    }
    let live = true;
    // A new query shows as searching without a render of its own (see the return below).
    setState((s) => (s.key === key && !s.searching ? { ...s, searching: true } : s));
    const pause = () => new Promise<void>((ok) => setTimeout(ok, BODY_SEARCH_DELAY_MS));
    deps.db
      .get()
      .then((db) => searchBodies(db, index, terms, keyword, () => live, pause))
      .then(
        (hits) => live && setState({ key, hits, searching: false }),
        (e: unknown) => {
          if (!live) return;
          setState({ key, hits: NO_HITS, searching: false });
          onError(e);
        },
      );
    return () => {
      live = false;
    };
    // terms and keyword are in `key`
  }, [deps, index, key]);
  return state.key === key ? state : { key, hits: NO_HITS, searching: key !== '' };
}
