import { t } from '../../utils/i18n';

interface Props {
  query: string;
  keyword: string | null;
  /** Keywords of the saved articles, most used first. */
  keywords: { keyword: string; count: number }[];
  onQuery: (query: string) => void;
  onKeyword: (keyword: string | null) => void;
}

/** Search over the saved articles, and a filter by keyword. */
export function SearchBar({ query, keyword, keywords, onQuery, onKeyword }: Props) {
  return (
    <div class="search-bar" role="search">
      <input
        type="search"
        class="input search-input"
        data-testid="search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <select
        class="input keyword-select"
        data-testid="keyword-filter"
        aria-label={t('keywordFilterLabel')}
        value={keyword ?? ''}
        onChange={(e) => onKeyword(e.currentTarget.value || null)}
      >
        <option value="">{t('allKeywords')}</option>
        {keyword && !keywords.some((k) => k.keyword === keyword) && (
          <option value={keyword}>{keyword}</option>
        )}
        {keywords.map((k) => (
          <option key={k.keyword} value={k.keyword}>
            {`${k.keyword} (${k.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}
