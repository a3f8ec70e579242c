import { t } from '../../utils/i18n';
import type { Count } from '../../utils/library/facets';
import type { LibraryFilter } from '../../utils/library/query';
import { Choice, DatePresets, DateRange, FilterChecks, FormatChoice } from './FilterFields';
import { KeywordPicker } from './KeywordPicker';

interface Props {
  filter: LibraryFilter;
  filtered: boolean;
  sources: Count[];
  keywords: Count[];
  tags: Count[];
  onFilter: (patch: Partial<LibraryFilter>) => void;
  onClear: () => void;
}

/** Narrow the list: keyword, tag, source, format, save dates, notes, highlights, read later. */
export function FilterPanel({
  filter,
  filtered,
  sources,
  keywords,
  tags,
  onFilter,
  onClear,
}: Props) {
  return (
    <section class="lib-filters" aria-label={t('libraryFiltersLabel')}>
      <h2 class="lib-h2">{t('libraryFiltersLabel')}</h2>
      <KeywordPicker
        chosen={filter.keywords}
        options={keywords}
        onChange={(chosen) => onFilter({ keywords: chosen })}
      />
      <Choice
        label={t('libraryTag')}
        testId="library-tag"
        value={filter.tag}
        all={t('libraryAny')}
        options={tags}
        onChange={(tag) => onFilter({ tag })}
      />
      <Choice
        label={t('librarySource')}
        testId="library-source"
        value={filter.source}
        all={t('libraryAny')}
        options={sources}
        onChange={(source) => onFilter({ source })}
      />
      <FormatChoice filter={filter} onFilter={onFilter} />
      <DatePresets filter={filter} onFilter={onFilter} />
      <DateRange filter={filter} onFilter={onFilter} />
      <FilterChecks filter={filter} onFilter={onFilter} />
      <button
        type="button"
        class="button button-small"
        data-testid="library-clear-filters"
        disabled={!filtered}
        onClick={onClear}
      >
        {t('libraryClearFilters')}
      </button>
    </section>
  );
}
