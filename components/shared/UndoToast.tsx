import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  /** What happened, in a few words. */
  text: string;
  /** Take it back; without it the toast only tells (an error). */
  onUndo?: () => void;
  onDismiss: () => void;
  role?: 'status' | 'alert';
  /** The toast's own test id. */
  testId?: string;
  /** The Undo button's test id. */
  undoTestId?: string;
}

/**
 * The one toast of every view: what happened, Undo when it can be taken back (for `UNDO_MS`, kept
 * by the view's own state), and ×. Undo takes the focus, which the deleted item's controls held,
 * so it is one Enter away.
 */
export function UndoToast({
  text,
  onUndo,
  onDismiss,
  role = 'status',
  testId,
  undoTestId = 'undo',
}: Props) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [text]);
  return (
    <div class={`toast${role === 'alert' ? ' toast-error' : ''}`} role={role} data-testid={testId}>
      <span class="toast-text">{text}</span>
      {onUndo && (
        <button
          ref={undo}
          type="button"
          class="button button-small"
          data-testid={undoTestId}
          onClick={onUndo}
        >
          {t('undo')}
        </button>
      )}
      <button type="button" class="icon-button" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
