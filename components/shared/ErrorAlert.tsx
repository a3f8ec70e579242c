import { t } from '../../utils/i18n';

interface Props {
  message: string | null;
  onDismiss: () => void;
}

/** The alert region: present only while there is something to say. */
export function ErrorAlert({ message, onDismiss }: Props) {
  if (!message) return null;
  return (
    <div class="alert" role="alert" data-testid="error">
      <span class="alert-text">{message}</span>
      <button type="button" class="icon-button" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
