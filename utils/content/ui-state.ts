import type { HighlightColor } from '../schemas/records';

/**
 * What the in-page UI shows: nothing, the toolbar by a selection, one highlight's editor, or a
 * notice that something the reader did could not be kept.
 */
export type PageUiState =
  | { kind: 'none' }
  | { kind: 'toolbar'; x: number; y: number; color: HighlightColor; note: string }
  | { kind: 'notice'; x: number; y: number; message: string }
  | {
      kind: 'editor';
      x: number;
      y: number;
      highlight: { id: string; text: string; note: string; color: HighlightColor };
    };

/** A tiny observable holder: the session writes, the Preact view reads. */
export function createUiStore(initial: PageUiState = { kind: 'none' }) {
  let state = initial;
  const listeners = new Set<(s: PageUiState) => void>();
  return {
    get: () => state,
    set(next: PageUiState) {
      state = next;
      for (const l of listeners) l(state);
    },
    subscribe(listener: (s: PageUiState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type UiStore = ReturnType<typeof createUiStore>;
