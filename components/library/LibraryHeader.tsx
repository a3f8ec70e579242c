import { t } from '../../utils/i18n';
import { SORT_KEYS, type SortKey } from '../../utils/library/query';
import type { LibraryView } from '../../utils/library/use-library-controller';
import { SearchField } from './SearchField';

interface Props {
  view: LibraryView;
  query: string;
  sort: SortKey;
  descending: boolean;
  /** "12 of 10,000" or "Loading…". */
  count: string;
  shown: number;
  total: number;
  /** Article bodies are still being searched for the query. */
  searching: boolean;
  onView: (view: LibraryView) => void;
  onQuery: (query: string) => void;
  onSort: (key: SortKey) => void;
  onFlip: () => void;
}

const VIEWS: { id: LibraryView; label: () => string }[] = [
  { id: 'list', label: () => t('libraryViewList') },
  { id: 'stories', label: () => t('libraryViewStories') },
  { id: 'charts', label: () => t('libraryViewCharts') },
];

const SORT_LABELS: Record<SortKey, () => string> = {
  saved: () => t('librarySortSaved'),
  published: () => t('librarySortPublished'),
  title: () => t('librarySortTitle'),
  source: () => t('librarySortSource'),
  highlights: () => t('librarySortHighlights'),
};

/** List, stories or charts. */
function ViewButtons(p: Pick<Props, 'view' | 'onView'>) {
  return (
    <nav class="lib-views" aria-label={t('libraryViewsLabel')}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          class="lib-view"
          data-testid={`library-view-${v.id}`}
          aria-pressed={p.view === v.id}
          onClick={() => p.onView(v.id)}
        >
          {v.label()}
        </button>
      ))}
    </nav>
  );
}

/** What to sort by, and which way. */
function SortControls(p: Pick<Props, 'sort' | 'descending' | 'onSort' | 'onFlip'>) {
  const order = p.descending ? t('libraryOrderDescending') : t('libraryOrderAscending');
  return (
    <>
      <label class="lib-sort">
        <span>{t('librarySortLabel')}</span>
        <select
          class="input"
          data-testid="library-sort"
          value={p.sort}
          onChange={(e) => p.onSort(e.currentTarget.value as SortKey)}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]()}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="button button-small"
        data-testid="library-order"
        aria-label={order}
        title={order}
        onClick={p.onFlip}
      >
        {p.descending ? '↓' : '↑'}
      </button>
    </>
  );
}

/** The page's title bar: views, search, sort and how many articles are shown. */
export function LibraryHeader(p: Props) {
  return (
    <header class="lib-header">
      <h1 class="lib-title">{t('libraryTitle')}</h1>
      <ViewButtons view={p.view} onView={p.onView} />
      <div class="lib-search-row" role="search">
        <SearchField
          value={p.query}
          label={t('librarySearchLabel')}
          placeholder={t('librarySearchPlaceholder')}
          testId="library-search"
          onChange={p.onQuery}
        />
        <SortControls sort={p.sort} descending={p.descending} onSort={p.onSort} onFlip={p.onFlip} />
        <output
          class="lib-count"
          data-testid="library-count"
          data-shown={p.shown}
          data-total={p.total}
          data-searching={p.searching ? 'true' : 'false'}
          aria-live="polite"
        >
          {p.searching ? `${p.count} · ${t('popupSearchingBodies')}` : p.count}
        </output>
      </div>
    </header>
  );
}
