import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  title: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * A short-lived bar offering to take back the deletion of an article. It takes the focus, which
 * the deleted article's detail held, so Undo is one Enter away.
 */
export function UndoBar({ title, onUndo, onDismiss }: Props) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), []);
  return (
    <div class="toast" role="status">
      <span class="toast-text">{t('deletedArticle', title)}</span>
      <button
        ref={undo}
        type="button"
        class="button button-small"
        data-testid="undo"
        onClick={onUndo}
      >
        {t('undo')}
      </button>
      <button type="button" class="icon-button" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
