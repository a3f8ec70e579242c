import { lookupBodies, type ArticleCard, type BodyLookup, type Db } from '../db';
import { cardMatches, hasKeyword, type SearchIndex } from '../search';
import { positionsOf, SNIPPET_BODIES } from './body-finds';
import { searchKey } from './search-key';

/*
 * The kept index asked as the query is typed: the body search of the render that follows takes
 * the lookup over (`findsFor`), so the index is read while the cards' finds render.
 */

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
export function findsFor(
  db: Db,
  index: SearchIndex<ArticleCard>,
  terms: readonly string[],
  keyword: string | null,
): Promise<IndexedFinds> {
  const claimed = early?.key === searchKey(terms, keyword) && early.index === index ? early : null;
  early = null;
  return claimed ? claimed.finds : indexedFinds(db, index, terms, keyword);
}
