import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  /** What was deleted, in a few words. */
  text: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * A short-lived bar offering to take back a deletion. It takes the focus, which the deleted
 * item's controls held, so Undo is one Enter away.
 */
export function UndoBar({ text, onUndo, onDismiss }: Props) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [text]);
  return (
    <div class="toast" role="status">
      <span class="toast-text">{text}</span>
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
