import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { forEachArticleBody, type ArticleCard, type Db, type DbAccessor } from '../db';
import { bodyMatch, hasKeyword, type SearchIndex, type Snippet } from '../search';
import {
  addFind,
  foundIn,
  noFinds,
  positionsOf,
  SNIPPET_BODIES,
  type BodyFinds,
} from './body-finds';
import { findsFor } from './body-lookahead';
import { searchKey } from './search-key';

export { foundUrls, SNIPPET_BODIES, type BodyFinds } from './body-finds';
export { lookAhead } from './body-lookahead';
export { searchKey } from './search-key';

/**
 * The pause after the last keystroke before every body is read (when the index cannot answer:
 * a one-character term, or the index still catching up). The index answers at once.
 */
export const BODY_SEARCH_DELAY_MS = 200;

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
): Promise<BodyFinds> {
  const position = positionsOf(index);
  const finds = noFinds(index);
  await forEachArticleBody(db, (url, body) => {
    if (!live()) return false;
    const i = position.get(url);
    if (i === undefined) return;
    if (keyword && !hasKeyword(index.cards[i]!, keyword)) return;
    const snippet = bodyMatch(index.haystack(i), body, terms);
    if (snippet) addFind(finds, i, snippet);
  });
  return finds;
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
): Promise<BodyFinds> {
  const { lookup, found } = await findsFor(db, index, terms, keyword);
  if (!lookup) {
    await beforeScan();
    return live() ? scanBodies(db, index, terms, keyword, live) : noFinds(index);
  }
  const finds = noFinds(index);
  if (!live()) return finds;
  const position = positionsOf(index);
  for (const body of lookup.queued) {
    const i = position.get(body.url);
    if (i === undefined || (keyword && !hasKeyword(index.cards[i]!, keyword))) continue;
    const snippet = bodyMatch(index.haystack(i), body.text, terms);
    if (snippet) addFind(finds, i, snippet);
  }
  found.forEach((i, k) => {
    if (k >= SNIPPET_BODIES) return addFind(finds, i);
    // Read for its snippet: a body that no longer holds the terms is not a find.
    const text = lookup.picked.get(index.cards[i]!.url);
    const snippet = text === undefined ? null : bodyMatch(index.haystack(i), text, terms);
    if (snippet) addFind(finds, i, snippet);
  });
  return finds;
}

export interface BodyHits {
  /** 1 at each card (by its place in the index given) that body search adds; null: none. */
  found: Uint8Array | null;
  /** Where the body matched, by url, for the finds whose body was read. */
  snippets: ReadonlyMap<string, Snippet>;
  searching: boolean;
}

/** No snippets: one map, so that views that memoize on them do not work again for nothing. */
const NO_SNIPPETS: ReadonlyMap<string, Snippet> = new Map();

interface SearchState {
  key: string;
  finds: BodyFinds | null;
  searching: boolean;
}
const NONE: SearchState = { key: '', finds: null, searching: false };

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
  const [state, setState] = useState<SearchState>(NONE);
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
        (finds) => live && setState({ key, finds, searching: false }),
        (e: unknown) => {
          if (!live) return;
          setState({ key, finds: null, searching: false });
          onError(e);
        },
      );
    return () => {
      live = false;
    };
    // terms and keyword are in `key`
  }, [deps, index, key]);
  const shown = state.key === key ? state : { key, finds: null, searching: key !== '' };
  const found = useMemo(() => shown.finds && foundIn(shown.finds, index), [shown.finds, index]);
  return {
    found,
    snippets: shown.finds?.snippets ?? NO_SNIPPETS,
    searching: shown.searching,
  };
}
