/** How long a deletion can be taken back: the same in the popup, the side panel and the library. */
export const UNDO_MS = 10_000;
