/** Where a note being typed is: not changed, waiting for a pause, being written, written, failed. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** How long the reader pauses before a note is written. */
export const NOTE_DEBOUNCE_MS = 600;

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

/** The page's own timers (one object, so a field's saver is made once). */
export const PAGE_TIMERS: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id) => globalThis.clearTimeout(id),
};

/**
 * Write a note a short while after the reader stops typing (and at once on `flush`), one write
 * at a time, the last text winning. `onState` hears where the note is.
 */
export function createAutosave(
  save: (text: string) => Promise<void>,
  onState: (state: SaveState) => void,
  timers: Timers,
  delayMs = NOTE_DEBOUNCE_MS,
) {
  let timer: number | null = null;
  let waiting: string | null = null;
  let writing: Promise<void> | null = null;

  async function write(): Promise<void> {
    if (writing) return writing.then(write);
    if (waiting === null) return;
    const text = waiting;
    waiting = null;
    onState('saving');
    writing = save(text).then(
      () => onState(waiting === null ? 'saved' : 'pending'),
      () => onState('error'),
    );
    await writing;
    writing = null;
  }

  const stopTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  return {
    /** The reader typed: the text is written after a pause. */
    input(text: string) {
      waiting = text;
      onState('pending');
      stopTimer();
      timer = timers.setTimeout(() => {
        timer = null;
        void write();
      }, delayMs);
    },
    /** Write what is waiting now (the field lost focus, the panel is closing). */
    flush(): Promise<void> {
      stopTimer();
      return write();
    },
    /** Is a text waiting or being written? (then the field keeps the reader's text) */
    busy: () => waiting !== null || writing !== null,
    cancel: stopTimer,
  };
}
export type Autosave = ReturnType<typeof createAutosave>;
