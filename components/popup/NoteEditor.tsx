import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  value: string;
  label: string;
  placeholder: string;
  testId?: string;
  rows?: number;
  onSave: (note: string) => void;
  /** Leave the editor (its Cancel button is shown always); without it, Cancel only undoes edits. */
  onCancel?: () => void;
}

/**
 * A note that saves on its button, on Ctrl/⌘+Enter, or when the focus leaves the editor with
 * changes. Cancel (or Escape) drops the changes: moving the focus to Cancel saves nothing. A
 * note changed elsewhere while the reader edits it does not overwrite the reader's draft.
 */
export function NoteEditor({
  value,
  label,
  placeholder,
  testId,
  rows = 3,
  onSave,
  onCancel,
}: Props) {
  const [draft, setDraft] = useState(value);
  const shown = useRef(value);
  useEffect(() => {
    // The saved note changed: follow it unless the reader has edits of their own.
    const before = shown.current;
    shown.current = value;
    setDraft((d) => (d === before ? value : d));
  }, [value]);
  const dirty = draft !== value;
  const save = () => {
    if (dirty) onSave(draft);
  };
  const cancel = () => {
    setDraft(value);
    onCancel?.();
  };
  return (
    <div
      class="note-editor"
      onFocusOut={(e) => {
        const to = e.relatedTarget as Node | null;
        if (!to || !e.currentTarget.contains(to)) save();
      }}
    >
      <textarea
        class="input note-input"
        data-testid={testId}
        aria-label={label}
        placeholder={placeholder}
        rows={rows}
        maxLength={20000}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape' && (dirty || onCancel)) {
            e.stopPropagation();
            cancel();
          }
        }}
      />
      <div class="note-actions">
        <button type="button" class="button button-small" disabled={!dirty} onClick={save}>
          {t('saveNote')}
        </button>
        {(onCancel || dirty) && (
          <button
            type="button"
            class="button button-small"
            data-testid="note-cancel"
            // Keep the focus in the field: pressing Cancel must not first count as leaving it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={cancel}
          >
            {t('cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
