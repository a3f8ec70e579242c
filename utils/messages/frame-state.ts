import type { HighlightColor } from '../highlight-colors';

/** The page's own light or dark look, which the in-page frame follows. */
export type FrameTheme = 'light' | 'dark';

/** The name of the port the in-page frame opens to the background. */
export const FRAME_PORT = 'ana-frame';

/**
 * What the in-page extension frame shows, sent by the background over the frame's port (never
 * through the page). The editor's note travels only here, between extension documents.
 */
export type FrameState =
  | { kind: 'none' }
  | { kind: 'toolbar'; theme: FrameTheme; token: number }
  | {
      kind: 'editor';
      theme: FrameTheme;
      token: number;
      highlight: { id: string; text: string; note: string; color: HighlightColor };
    }
  | { kind: 'notice'; theme: FrameTheme; token: number; message: string };
