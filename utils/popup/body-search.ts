import { useEffect, useState } from 'preact/hooks';
import { forEachArticleBody, type ArticleCard, type Db } from '../db';
import { bodyMatch, hasKeyword, type SearchIndex, type Snippet } from '../search';
import type { DbAccessor } from '../db';

/** The pause after the last keystroke before article bodies are searched too. */
export const BODY_SEARCH_DELAY_MS = 200;

/**
 * The saved articles that `terms` finds only with their body text (each with the body's
 * snippet): every article is read a page at a time and its body is folded only when the card's
 * own text lacks a term. Stops early, with what it found, once `live()` is false.
 */
export async function searchBodies(
  db: Db,
  index: SearchIndex<ArticleCard>,
  terms: readonly string[],
  keyword: string | null,
  live: () => boolean = () => true,
): Promise<Map<string, Snippet>> {
  const position = new Map(index.cards.map((card, i) => [card.url, i]));
  const hits = new Map<string, Snippet>();
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

export interface BodyHits {
  /** What the hits were found for (terms and keyword). */
  key: string;
  hits: ReadonlyMap<string, Snippet>;
  searching: boolean;
}

const NONE: BodyHits = { key: '', hits: new Map(), searching: false };

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
  useEffect(() => {
    if (!key) {
      setState(NONE);
      return;
    }
    let live = true;
    setState((s) =>
      s.key === key ? { ...s, searching: true } : { key, hits: new Map(), searching: true },
    );
    const timer = setTimeout(() => {
      deps.db
        .get()
        .then((db) => searchBodies(db, index, terms, keyword, () => live))
        .then(
          (hits) => live && setState({ key, hits, searching: false }),
          (e: unknown) => {
            if (!live) return;
            setState({ key, hits: new Map(), searching: false });
            onError(e);
          },
        );
    }, BODY_SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // terms and keyword are in `key`
  }, [deps, index, key]);
  return state.key === key ? state : { key, hits: new Map(), searching: key !== '' };
}
