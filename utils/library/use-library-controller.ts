import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleCard } from '../db';
import { t } from '../i18n';
import { errorText } from '../popup/errors';
import { keywordCounts, queryTerms } from '../search';
import type { LibraryDeps } from './deps';
import { sourceCounts, tagCounts } from './facets';
import {
  NO_FILTER,
  buildLibraryIndex,
  isFiltered,
  queryLibrary,
  type LibraryFilter,
  type SortKey,
} from './query';
import { extended, keepExisting, toggled } from './selection';
import { useLibraryActions } from './use-library-actions';
import { useLibraryData } from './use-library-data';

export type LibraryView = 'list' | 'stories' | 'charts';

/** Sorting by a date or a count starts from the most; by text, from A. */
const DESCENDING_FIRST: Record<SortKey, boolean> = {
  saved: true,
  published: true,
  highlights: true,
  title: false,
  source: false,
};

/** All the library page's state and actions; components only render what it gives them. */
export function useLibraryController(deps: LibraryDeps) {
  const [error, setError] = useState<string | null>(null);
  const report = useCallback((e: unknown) => setError(t('libraryError', errorText(e))), []);
  const data = useLibraryData(deps, report);
  const [filter, setFilterState] = useState<LibraryFilter>(NO_FILTER);
  const [sort, setSortKey] = useState<SortKey>('saved');
  const [descending, setDescending] = useState(true);
  const [view, setView] = useState<LibraryView>('list');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openUrl, setOpenUrl] = useState<string | null>(null);
  const anchor = useRef<string | null>(null);
  const cache = useRef(new WeakMap<ArticleCard, string>());

  const index = useMemo(() => buildLibraryIndex(data.cards ?? [], cache.current), [data.cards]);
  const results = useMemo(
    () => queryLibrary(index, filter, sort, descending, data.later),
    [index, filter, sort, descending, data.later],
  );
  const facets = useMemo(
    () => ({
      sources: sourceCounts(index.search.cards),
      keywords: keywordCounts(index.search.cards)
        .slice(0, 300)
        .map((k) => ({ value: k.keyword, count: k.count })),
      tags: tagCounts(index.search.cards),
    }),
    [index],
  );
  const byUrl = useMemo(() => new Map(index.search.cards.map((c) => [c.url, c])), [index]);
  const liveSelection = useMemo(
    () => keepExisting(selected, (u) => byUrl.has(u)),
    [selected, byUrl],
  );

  const actions = useLibraryActions({
    deps,
    report,
    onDeleted: (urls) => {
      const gone = new Set(urls);
      setSelected((s) => keepExisting(s, (u) => !gone.has(u)));
      setOpenUrl((u) => (u && gone.has(u) ? null : u));
    },
  });

  function setFilter(patch: Partial<LibraryFilter>) {
    setFilterState((f) => ({ ...f, ...patch }));
  }

  return {
    error,
    dismissError: () => setError(null),
    loading: data.cards === null,
    complete: data.complete,
    total: data.total,
    results,
    terms: useMemo(() => queryTerms(filter.query), [filter.query]),
    filter,
    filtered: isFiltered(filter),
    setFilter,
    clearFilter: () => setFilterState(NO_FILTER),
    /** A filter from a chart: shows the list with only that filter set. */
    filterFromChart(patch: Partial<LibraryFilter>) {
      setFilterState({ ...NO_FILTER, ...patch });
      setView('list');
    },
    sort,
    descending,
    setSort(key: SortKey) {
      setSortKey(key);
      setDescending(DESCENDING_FIRST[key]);
    },
    flipOrder: () => setDescending((d) => !d),
    view,
    setView,
    facets,
    cards: index.search.cards,
    byUrl,
    stories: data.stories,
    selected: liveSelection,
    toggleSelect(url: string, range = false) {
      setSelected((s) => (range ? extended(s, results, anchor.current, url) : toggled(s, url)));
      anchor.current = url;
    },
    selectAll: () => setSelected(new Set(results.map((c) => c.url))),
    clearSelection: () => setSelected(new Set()),
    openUrl: openUrl && byUrl.has(openUrl) ? openUrl : null,
    open: setOpenUrl,
    close: () => setOpenUrl(null),
    actions,
  };
}

export type LibraryController = ReturnType<typeof useLibraryController>;
