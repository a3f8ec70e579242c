import { t } from '../../utils/i18n';
import { useImeInput } from '../../utils/use-ime-input';

interface Props {
  query: string;
  keyword: string | null;
  /** Keywords of the saved articles, most used first. */
  keywords: { keyword: string; count: number }[];
  /** The keywords are being counted. */
  countingKeywords: boolean;
  /** The reader reaches for the search or the filter (pointer over, or focus in). */
  onReach: () => void;
  /** How many saved articles the query and filter find; null when nothing narrows the list
   * (or the search has not answered yet). */
  resultCount: number | null;
  /** Article bodies are still being searched. */
  searching: boolean;
  onQuery: (query: string) => void;
  onKeyword: (keyword: string | null) => void;
}

/** Search over the saved articles (text typed through an input method counts once composed). */
export function SearchBar(props: Props) {
  const { keyword, keywords, resultCount, searching, onKeyword } = props;
  const field = useImeInput(props.query, props.onQuery);
  return (
    <div class="search-area" onPointerEnter={props.onReach} onFocusIn={props.onReach}>
      <div class="search-bar" role="search">
        <input
          type="search"
          class="input search-input"
          data-testid="search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchLabel')}
          aria-describedby="result-count"
          value={field.value}
          onInput={field.onInput}
          onCompositionStart={field.onCompositionStart}
          onCompositionEnd={field.onCompositionEnd}
        />
        <select
          class="input keyword-select"
          data-testid="keyword-filter"
          aria-label={t('keywordFilterLabel')}
          value={keyword ?? ''}
          onChange={(e) => onKeyword(e.currentTarget.value || null)}
        >
          <option value="">{t('allKeywords')}</option>
          {props.countingKeywords && keywords.length === 0 && (
            <option value="" disabled>
              {t('countingKeywords')}
            </option>
          )}
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
      <p
        id="result-count"
        class="result-count"
        role="status"
        data-testid="result-count"
        data-searching={searching ? 'true' : 'false'}
      >
        {resultCount === null
          ? searching
            ? t('popupSearchingBodies')
            : ''
          : `${t('popupResultCount', resultCount)}${searching ? ` · ${t('popupSearchingBodies')}` : ''}`}
      </p>
    </div>
  );
}
