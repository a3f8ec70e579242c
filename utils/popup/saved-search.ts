import {
  forEachHead,
  forEachSearchText,
  listCardsOf,
  lookupBodies,
  readBodies,
  readSearchTexts,
  type Db,
} from '../db';
import { bodyMatch, haystackOf, hasKeyword, matchesTerms, type Snippet } from '../search';
import { SNIPPET_BODIES } from './body-search';

/*
 * Search for a view that holds only a window of its list (the popup): the kept index answers
 * which articles hold the terms anywhere in their searchable text (card, highlights, body), the
 * articles it has not indexed yet are read whole, and only the newest finds are read for their
 * snippet. Nothing here keeps the library in memory.
 */

/** The articles that hold every term (AND) in their whole searchable text. */
async function foundThroughIndex(
  db: Db,
  lookup: NonNullable<Awaited<ReturnType<typeof lookupBodies>>>,
  terms: readonly string[],
): Promise<Set<string>> {
  const found = new Set(lookup.found);
  const waiting = lookup.queued.map((b) => b.url);
  if (waiting.length > 0) {
    for (const [url, text] of await readSearchTexts(db, waiting)) {
      if (matchesTerms(text, terms)) found.add(url);
    }
  }
  return found;
}

/**
 * The saved articles whose searchable text holds every term. Through the kept index when it can
 * answer; else (a one-character term, or the index catching up) every article's text is read
 * after `beforeScan` (the typing pause), stopping early once `live()` is false.
 */
export async function findSaved(
  db: Db,
  terms: readonly string[],
  live: () => boolean = () => true,
  beforeScan: () => Promise<void> = async () => undefined,
): Promise<Set<string>> {
  const lookup = await lookupBodies(db, terms);
  if (lookup) return foundThroughIndex(db, lookup, terms);
  await beforeScan();
  const found = new Set<string>();
  await forEachSearchText(db, (url, text) => {
    if (!live()) return false;
    if (matchesTerms(text, terms)) found.add(url);
  });
  return found;
}

/** The saved articles that carry `keyword` (compared folded), read head by head. */
export async function withKeyword(db: Db, keyword: string): Promise<Set<string>> {
  const found = new Set<string>();
  await forEachHead(db, (head) => {
    if (hasKeyword(head, keyword)) found.add(head.url);
  });
  return found;
}

/**
 * The body's snippet of each of `urls` (the newest finds, at most `SNIPPET_BODIES`) whose card
 * lacks a term that its body holds: what the list shows under those rows.
 */
export async function bodySnippets(
  db: Db,
  urls: readonly string[],
  terms: readonly string[],
): Promise<Map<string, Snippet>> {
  const read = urls.slice(0, SNIPPET_BODIES);
  const [cards, bodies] = await Promise.all([listCardsOf(db, read), readBodies(db, read)]);
  const bodyOf = new Map(read.map((url, i) => [url, bodies[i]]));
  const out = new Map<string, Snippet>();
  for (const card of cards) {
    const body = bodyOf.get(card.url);
    const snippet = body === undefined ? null : bodyMatch(haystackOf(card), body, terms);
    if (snippet) out.set(card.url, snippet);
  }
  return out;
}
