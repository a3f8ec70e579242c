import { useState } from 'preact/hooks';
import { NO_FILTER, isFiltered, type LibraryFilter, type SortKey } from './query';

export type LibraryView = 'list' | 'stories' | 'charts';

/** Sorting by a date or a count starts from the most; by text, from A. */
const DESCENDING_FIRST: Record<SortKey, boolean> = {
  saved: true,
  published: true,
  highlights: true,
  title: false,
  source: false,
};

/** How the reader looks at the library: the filter, the sort order and the view. */
export function useListOptions() {
  const [filter, setFilterState] = useState<LibraryFilter>(NO_FILTER);
  const [sort, setSortKey] = useState<SortKey>('saved');
  const [descending, setDescending] = useState(true);
  const [view, setView] = useState<LibraryView>('list');
  return {
    filter,
    filtered: isFiltered(filter),
    setFilter(patch: Partial<LibraryFilter>) {
      setFilterState((f) => ({ ...f, ...patch }));
    },
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
  };
}
