import type { HighlightColor } from '../../utils/schemas/records';

/** Every string the in-page highlight UI shows; the caller supplies them in the reader's language. */
export interface PageLabels {
  /** Accessible name of the toolbar shown by a selection or a painted highlight. */
  toolbar: string;
  /** Accessible name of the group of color buttons. */
  colorPicker: string;
  colors: Record<HighlightColor, string>;
  highlight: string;
  /** The Note button (the note is written in the side panel). */
  addNote: string;
  /** What the Note button does, as its tooltip. */
  noteInPanel: string;
  close: string;
}

/** English labels, for tests and as a reference for translations. */
export const ENGLISH_PAGE_LABELS: PageLabels = {
  toolbar: 'Highlight the selection',
  colorPicker: 'Color',
  colors: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
  highlight: 'Highlight',
  addNote: 'Note',
  noteInPanel: 'Write a note in the side panel',
  close: 'Close',
};
