import type { Ref } from 'preact';
import { t, type MessageKey } from '../../utils/i18n';
import type { SaveState, Timers } from '../../utils/sidepanel/autosave';
import { useAutosave } from '../../utils/sidepanel/use-autosave';

interface Props {
  value: string;
  label: string;
  placeholder: string;
  testId: string;
  rows?: number;
  timers: Timers;
  /** Write the note; rejects when it could not be kept. */
  onSave: (text: string) => Promise<void>;
  inputRef?: Ref<HTMLTextAreaElement>;
}

const STATE_LABEL: Record<SaveState, MessageKey | null> = {
  idle: null,
  pending: 'panelNotePending',
  saving: 'panelNoteSaving',
  saved: 'panelNoteSaved',
  error: 'panelNoteError',
};

/** A note that writes itself a moment after the reader stops typing, and says so. */
export function NoteField({
  value,
  label,
  placeholder,
  testId,
  rows = 3,
  timers,
  onSave,
  inputRef,
}: Props) {
  const note = useAutosave(value, onSave, timers);
  const said = STATE_LABEL[note.state];
  return (
    <div class="note-field">
      <textarea
        ref={inputRef}
        class="input note-input"
        data-testid={testId}
        aria-label={label}
        placeholder={placeholder}
        rows={rows}
        maxLength={20000}
        value={note.draft}
        onInput={(e) => note.input(e.currentTarget.value)}
        onBlur={() => void note.flush()}
      />
      <span
        class={`note-state state-${note.state}`}
        data-testid={`${testId}-state`}
        data-state={note.state}
        role="status"
      >
        {said ? t(said) : ''}
      </span>
    </div>
  );
}
