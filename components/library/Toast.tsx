import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  text: string;
  onUndo?: () => void;
  onDismiss: () => void;
  role?: 'status' | 'alert';
  testId?: string;
}

/** A short message at the bottom of the page, with Undo when there is something to take back. */
export function Toast({ text, onUndo, onDismiss, role = 'status', testId }: Props) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), []);
  return (
    <div
      class={`lib-toast ${role === 'alert' ? 'lib-toast-error' : ''}`}
      role={role}
      data-testid={testId}
    >
      <span>{text}</span>
      {onUndo && (
        <button
          ref={undo}
          type="button"
          class="button button-small"
          data-testid="library-undo"
          onClick={onUndo}
        >
          {t('libraryUndo')}
        </button>
      )}
      <button
        type="button"
        class="icon-button"
        aria-label={t('libraryDismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
