import { t } from '../../utils/i18n';

/** "Review (3)": shown only when today's review holds something; opens it in the library. */
export function ReviewCount({ count, onOpen }: { count: number; onOpen: () => void }) {
  if (count <= 0) return null;
  return (
    <button
      type="button"
      class="button button-small"
      data-testid="popup-review"
      data-count={count}
      title={t('popupReviewTitle')}
      onClick={onOpen}
    >
      {t('popupReview', count)}
    </button>
  );
}
