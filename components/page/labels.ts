import type { HighlightColor } from '../../utils/schemas/records';

/** Every string the in-page highlight UI shows; the caller supplies them in the reader's language. */
export interface PageLabels {
  /** Accessible name of the toolbar shown by a selection. */
  toolbar: string;
  /** Accessible name of the editor of a highlight. */
  editor: string;
  /** Accessible name of the group of color buttons. */
  colorPicker: string;
  colors: Record<HighlightColor, string>;
  highlight: string;
  addNote: string;
  note: string;
  notePlaceholder: string;
  save: string;
  delete: string;
  close: string;
}

/** English labels, for tests and as a reference for translations. */
export const ENGLISH_PAGE_LABELS: PageLabels = {
  toolbar: 'Highlight the selection',
  editor: 'Edit highlight',
  colorPicker: 'Color',
  colors: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
  highlight: 'Highlight',
  addNote: 'Add a note',
  note: 'Note',
  notePlaceholder: 'Write a note…',
  save: 'Save',
  delete: 'Delete',
  close: 'Close',
};
