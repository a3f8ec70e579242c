import { t } from '../../utils/i18n';

interface Props {
  keywords: string[];
  /** When given, chips are buttons that filter the saved list by that keyword. */
  onPick?: (keyword: string) => void;
}

/** The article's keywords as chips. */
export function KeywordChips({ keywords, onPick }: Props) {
  if (keywords.length === 0) return null;
  return (
    <ul class="chips" aria-label={t('keywords')}>
      {keywords.map((k) => (
        <li key={k}>
          {onPick ? (
            <button
              type="button"
              class="chip chip-button"
              data-testid="keyword-chip"
              title={t('filterByKeyword', k)}
              onClick={() => onPick(k)}
            >
              {k}
            </button>
          ) : (
            <span class="chip" data-testid="keyword-chip">
              {k}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
