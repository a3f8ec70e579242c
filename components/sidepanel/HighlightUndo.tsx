import { t } from '../../utils/i18n';

interface Props {
  text: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A short-lived bar offering to take back the deletion of a highlight. */
export function HighlightUndo({ text, onUndo, onDismiss }: Props) {
  return (
    <div class="toast" role="status">
      <span class="toast-text">{t('panelHighlightDeleted', text.slice(0, 60))}</span>
      <button type="button" class="button button-small" data-testid="panel-undo" onClick={onUndo}>
        {t('undo')}
      </button>
      <button type="button" class="icon-button" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
