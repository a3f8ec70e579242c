import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ArticleCard } from '../db';
import {
  buildSearchIndex,
  findSnippet,
  foldAhead,
  keywordCounts,
  queryTerms,
  searchCards,
  type Snippet,
} from '../search';
import { useBodySearch } from './body-search';
import type { PopupDeps } from './deps';
import { relatedMarks } from '../view/related-marks';
import { readLaterOrder } from './read-later';
import { useLibraryReads } from './use-library-reads';

/** How many keywords the filter offers (the most used ones). */
export const KEYWORD_CHOICES = 300;

/**
 * The saved articles as cards with their search, and the links kept for later. The library is
 * read once when the popup opens; after that each change is read again on its own (the cards
 * of the articles it names, the Read later list when links changed, everything after an
 * import). Reads run one after another, so a slower, older read never overwrites a newer one.
 */
export function useLibrary(deps: Pick<PopupDeps, 'db'>, onError: (e: unknown) => void) {
  const { cards, complete, firstTotal, links, refresh, report } = useLibraryReads(deps, onError);
  const [query, setQuery] = useState('');
  const [keyword, setKeyword] = useState<string | null>(null);

  const index = useMemo(() => buildSearchIndex(cards ?? []), [cards]);
  useEffect(() => foldAhead(index), [index]);
  const terms = useMemo(() => queryTerms(query), [query]);
  const found = useMemo(() => searchCards(index, query, keyword), [index, query, keyword]);
  const body = useBodySearch(deps, index, terms, keyword, (e) => report.current(e));
  const results = useMemo(() => {
    if (body.hits.size === 0) return found;
    const byCard = new Set(found);
    return index.cards.filter((c) => byCard.has(c) || body.hits.has(c.url));
  }, [index, found, body.hits]);
  const snippet = useCallback(
    (card: ArticleCard): Snippet | null => body.hits.get(card.url) ?? findSnippet(card, terms),
    [body.hits, terms],
  );
  const keywords = useMemo(() => keywordCounts(index.cards).slice(0, KEYWORD_CHOICES), [index]);
  const titles = useMemo(() => new Map(index.cards.map((c) => [c.url, c.title])), [index]);
  const later = useMemo(() => readLaterOrder(links), [links]);
  const kept = useMemo(() => new Set(links.map((l) => l.url)), [links]);
  const markOf = useMemo(() => relatedMarks(titles, links), [titles, links]);

  return {
    loading: cards === null,
    /** The whole list is loaded: totals, search and the saved state of any page are exact. */
    complete,
    /** How many articles are saved, or null until that is known (no count that climbs). */
    total: complete ? index.cards.length : firstTotal,
    results,
    /** A query or a keyword narrows the list. */
    filtered: terms.length > 0 || keyword !== null,
    /** Article bodies are still being searched for the query. */
    searchingBodies: body.searching,
    snippet,
    keywords,
    /** Saved articles' titles by url. */
    titles,
    later,
    kept,
    /** What the reader did with a related link: saved, read, kept for later. */
    markOf,
    query,
    keyword,
    setQuery,
    setKeyword,
    refresh,
  };
}

export type Library = ReturnType<typeof useLibrary>;
