import type { HighlightColor } from '../highlight-colors';

/** The page's own light or dark look, which the in-page frame follows. */
export type FrameTheme = 'light' | 'dark';

/** The in-page toolbar's width, in CSS pixels (the frame and its panel). */
export const TOOLBAR_WIDTH = 266;
/** Its height until the frame reports what its panel needs. */
export const TOOLBAR_HEIGHT = 92;

/** The name of the port the in-page frame opens to the background. */
export const FRAME_PORT = 'ana-frame';

/**
 * What the in-page extension frame shows, sent by the background over the frame's port (never
 * through the page). The frame only ever offers harmless, undoable actions: colors, Highlight, and
 * Note, which hands over to the side panel. No note text and no delete reach it.
 */
export type FrameState =
  | { kind: 'none' }
  /** The reader selected text (`painted` null) or clicked a painted highlight (its id, color). */
  | {
      kind: 'toolbar';
      theme: FrameTheme;
      token: number;
      /** The tab the frame is in (Chrome opens the side panel for it from the frame's click). */
      tabId: number;
      painted: { id: string; color: HighlightColor } | null;
    }
  | { kind: 'notice'; theme: FrameTheme; token: number; message: string };
