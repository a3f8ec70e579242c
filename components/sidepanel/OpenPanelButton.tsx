import { t } from '../../utils/i18n';

/** Opens the side panel beside the page (the popup's way in). */
export function OpenPanelButton({ onOpen }: { onOpen: () => void }) {
  return (
    <button
      type="button"
      class="button button-small"
      data-testid="open-sidepanel"
      title={t('panelOpenHint')}
      onClick={onOpen}
    >
      {t('panelOpen')}
    </button>
  );
}
