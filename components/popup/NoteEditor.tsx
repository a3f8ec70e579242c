import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  value: string;
  label: string;
  placeholder: string;
  testId?: string;
  rows?: number;
  onSave: (note: string) => void;
  onCancel?: () => void;
}

/** A note that saves on its button, on Ctrl/⌘+Enter, or when the field loses focus with changes. */
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
  useEffect(() => setDraft(value), [value]);
  const dirty = draft !== value;
  const save = () => {
    if (dirty) onSave(draft);
  };
  return (
    <div class="note-editor">
      <textarea
        class="input note-input"
        data-testid={testId}
        aria-label={label}
        placeholder={placeholder}
        rows={rows}
        maxLength={20000}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape' && (dirty || onCancel)) {
            e.stopPropagation();
            setDraft(value);
            onCancel?.();
          }
        }}
      />
      <div class="note-actions">
        <button type="button" class="button button-small" disabled={!dirty} onClick={save}>
          {t('saveNote')}
        </button>
        {onCancel && (
          <button type="button" class="button button-small" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
