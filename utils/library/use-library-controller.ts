import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleCard } from '../db';
import { t } from '../i18n';
import { errorText } from '../view/errors';
import { lookAhead, useBodySearch } from '../popup/body-search';
import { foldAhead, keywordCounts, queryTerms } from '../search';
import type { LibraryDeps } from './deps';
import { sourceCounts, tagCounts } from './facets';
import { buildLibraryIndex, queryLibrary } from './query';
import { extended, keepExisting, toggled } from './selection';
import { useLibraryActions } from './use-library-actions';
import { useLibraryData } from './use-library-data';
import { useListOptions } from './use-list-options';

export type { LibraryView } from './use-list-options';

/** The selected urls: click toggles, Shift extends from the last one clicked. */
function useSelection(shown: readonly ArticleCard[], exists: (url: string) => boolean) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  return {
    selected: keepExisting(selected, exists),
    toggle(url: string, range = false) {
      setSelected((s) => (range ? extended(s, shown, anchor.current, url) : toggled(s, url)));
      anchor.current = url;
    },
    selectAll: () => setSelected(new Set(shown.map((c) => c.url))),
    clear: () => setSelected(new Set()),
    forget: (urls: string[]) => {
      const gone = new Set(urls);
      setSelected((s) => keepExisting(s, (u) => !gone.has(u)));
    },
  };
}

/**
 * How many articles carry each source, keyword and tag (the filters' choices). Every keyword:
 * the keyword picker offers a few at a time, found by typing, however many there are.
 */
function facetsOf(cards: readonly ArticleCard[]) {
  return {
    sources: sourceCounts(cards),
    keywords: keywordCounts(cards).map((k) => ({ value: k.keyword, count: k.count })),
    tags: tagCounts(cards),
  };
}

/**
 * The articles that match the reader's options, found by their cards and (after typing pauses)
 * their bodies, with the index they were found in.
 */
function useResults(
  deps: LibraryDeps,
  data: ReturnType<typeof useLibraryData>,
  options: ReturnType<typeof useListOptions>,
  report: (e: unknown) => void,
) {
  const { filter, sort, descending } = options;
  const index = useMemo(
    () => buildLibraryIndex(data.cards ?? [], data.folded),
    [data.cards, data.folded],
  );
  useEffect(() => foldAhead(index.search), [index]);
  const terms = useMemo(() => queryTerms(filter.query), [filter.query]);
  const body = useBodySearch(deps, index.search, terms, null, report);
  const results = useMemo(
    () => queryLibrary(index, filter, sort, descending, data.later, body.found),
    [index, filter, sort, descending, data.later, body.found],
  );
  /** A new query: the kept index is asked at once, while the cards' finds render. */
  const setQuery = (query: string) => {
    const next = queryTerms(query);
    // A failure shows once, from the search that follows.
    void deps.db.get().then(
      (db) => lookAhead(db, index.search, next, null),
      () => undefined,
    );
    options.setFilter({ query });
  };
  return { index, terms, body, results, setQuery };
}

/** All the library page's state and actions; components only render what it gives them. */
export function useLibraryController(deps: LibraryDeps) {
  const [error, setError] = useState<string | null>(null);
  const report = useCallback((e: unknown) => setError(t('libraryError', errorText(e))), []);
  const data = useLibraryData(deps, report);
  const options = useListOptions();
  const [openUrl, setOpenUrl] = useState<string | null>(null);
  const { index, terms, body, results, setQuery } = useResults(deps, data, options, report);
  const facets = useMemo(() => facetsOf(index.search.cards), [index]);
  const byUrl = useMemo(() => new Map(index.search.cards.map((c) => [c.url, c])), [index]);
  const selection = useSelection(results, (u) => byUrl.has(u));

  const actions = useLibraryActions({
    deps,
    report,
    onDeleted: (urls) => {
      selection.forget(urls);
      setOpenUrl((u) => (u && urls.includes(u) ? null : u));
    },
  });

  return {
    ...options,
    error,
    dismissError: () => setError(null),
    loading: data.cards === null,
    complete: data.complete,
    total: data.total,
    results,
    terms,
    /** Search for `query` (what the search field holds). */
    setQuery,
    /** Article bodies are still being searched for the query. */
    searchingBodies: body.searching,
    /** Where each article found only by its body matched. */
    bodySnippets: body.snippets,
    facets,
    cards: index.search.cards,
    byUrl,
    stories: data.stories,
    selected: selection.selected,
    toggleSelect: selection.toggle,
    selectAll: selection.selectAll,
    clearSelection: selection.clear,
    openUrl: openUrl && byUrl.has(openUrl) ? openUrl : null,
    open: setOpenUrl,
    close: () => setOpenUrl(null),
    actions,
  };
}

export type LibraryController = ReturnType<typeof useLibraryController>;
