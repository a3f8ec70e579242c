import type { Ref } from 'preact';
import { t, type MessageKey } from '../../utils/i18n';
import { PAGE_TIMERS, type SaveState, type Timers } from '../../utils/view/autosave';
import { useAutosave } from '../../utils/view/use-autosave';
import { MAX_NOTE_CHARS } from '../../utils/limits';

interface Props {
  value: string;
  label: string;
  placeholder: string;
  testId: string;
  rows?: number;
  /** The timers the pause is measured with (the page's own by default; tests pass theirs). */
  timers?: Timers;
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

/**
 * The one note field of the popup, the side panel and the library: it writes itself a moment
 * after the reader stops typing (and when the focus leaves it), says where the note is (waiting,
 * saving, saved, not saved), and never replaces what the reader is typing with a note changed
 * elsewhere.
 */
export function NoteField({
  value,
  label,
  placeholder,
  testId,
  rows = 3,
  timers = PAGE_TIMERS,
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
        maxLength={MAX_NOTE_CHARS}
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
