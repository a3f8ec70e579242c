import { t } from '../../utils/i18n';

/** Opens the whole collection (library.html) in a tab. */
export function OpenLibraryButton({ onOpen }: { onOpen: () => void }) {
  return (
    <button
      type="button"
      class="button button-small open-library"
      data-testid="open-library"
      title={t('openLibraryTitle')}
      onClick={onOpen}
    >
      {t('openLibrary')}
    </button>
  );
}
