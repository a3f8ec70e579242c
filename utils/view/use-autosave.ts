import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createAutosave, type SaveState, type Timers } from './autosave';

/**
 * A note field's text and where it is: the reader's draft is written after a pause; a new value
 * from elsewhere (the change feed) replaces the draft only while nothing is waiting to be written.
 */
export function useAutosave(value: string, save: (text: string) => Promise<void>, timers: Timers) {
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<SaveState>('idle');
  const saveRef = useRef(save);
  saveRef.current = save;
  const saver = useMemo(
    () => createAutosave((text) => saveRef.current(text), setState, timers),
    [timers],
  );
  useEffect(() => {
    if (!saver.busy()) setDraft(value);
  }, [value, saver]);
  useEffect(() => () => void saver.flush(), [saver]);
  return {
    draft,
    state,
    input(text: string) {
      setDraft(text);
      saver.input(text);
    },
    flush: () => saver.flush(),
  };
}
