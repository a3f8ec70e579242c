import { useCallback, useMemo, useState } from 'preact/hooks';
import type { ArticleCard } from '../db';
import { findSnippet, queryTerms, type Snippet } from '../search';
import type { PopupDeps } from './deps';
import { relatedMarks } from '../view/related-marks';
import { readGate } from './read-gate';
import { readLaterOrder } from './read-later';
import { useKeywordChoices, useSourceTitles } from './use-library-extras';
import { useLibraryReads } from './use-library-reads';
import { useSavedSearch } from './use-saved-search';

const NO_URLS: readonly string[] = [];

/**
 * The saved articles as the popup lists and searches them, and the links kept for later. The
 * popup holds every url in order and the cards of the rows in view, never the whole library:
 * search goes through the kept index (`useSavedSearch`), the keyword filter and its choices walk
 * the heads. Each change is read again on its own; reads run one after another.
 */
export function useLibrary(deps: Pick<PopupDeps, 'db'>, onError: (e: unknown) => void) {
  const reads = useLibraryReads(deps, onError);
  const { order, complete, links, report } = reads;
  const [query, setQuery] = useState('');
  const [keyword, setKeyword] = useState<string | null>(null);
  const terms = useMemo(() => queryTerms(query), [query]);
  const gate = useMemo(() => readGate(), []);
  const finds = useSavedSearch(deps, gate, order, terms, keyword, (e) => report.current(e));
  const { found, tagged } = finds;
  const results = useMemo(() => {
    const all = order ?? NO_URLS;
    if (!found && !tagged) return all;
    return all.filter((url) => (!found || found.has(url)) && (!tagged || tagged.has(url)));
  }, [order, found, tagged]);
  const snippet = useCallback(
    (card: ArticleCard): Snippet | null => finds.snippets.get(card.url) ?? findSnippet(card, terms),
    [finds.snippets, terms],
  );
  const keywordChoices = useKeywordChoices(deps, gate, order, complete);
  const saved = useMemo(() => new Set(complete ? order : NO_URLS), [order, complete]);
  const sources = useSourceTitles(deps, links, order);
  const later = useMemo(() => readLaterOrder(links), [links]);
  const kept = useMemo(() => new Set(links.map((l) => l.url)), [links]);
  const markOf = useMemo(() => relatedMarks(saved, links), [saved, links]);

  return {
    loading: order === null,
    /** The whole order is read: totals and the saved state of any page are exact. */
    complete,
    /** How many articles are saved, or null until that is known (no count that climbs). */
    total: complete ? (order?.length ?? 0) : null,
    /** The urls the list shows, in order (every saved article, or what the search found). */
    results,
    /** The card of a listed url, once read (`want` asks for the rows in view). */
    cardOf: reads.cardOf,
    want: reads.want,
    /** A query or a keyword narrows the list. */
    filtered: terms.length > 0 || keyword !== null,
    /** The list shows what a search found (not, before its first answer, every article). */
    answered: found !== null || tagged !== null,
    /** The search is still at work for the query. */
    searchingBodies: finds.searching,
    snippet,
    /** The keyword filter's choices, counted once `askKeywords` was called (`countingKeywords` meanwhile). */
    keywords: keywordChoices.choices,
    countingKeywords: keywordChoices.counting,
    askKeywords: keywordChoices.ask,
    /** The urls of the saved articles. */
    saved,
    /** The titles of the articles that kept links came from, by url, once `askTitles` was called. */
    titles: sources.titles,
    askTitles: sources.ask,
    later,
    kept,
    /** What the reader did with a related link: saved, read, kept for later. */
    markOf,
    query,
    keyword,
    setQuery,
    setKeyword,
    refresh: reads.refresh,
  };
}

export type Library = ReturnType<typeof useLibrary>;
