import { z } from 'zod';
import { HighlightColor, SelectorSchema } from '../schemas/records';
import { HttpUrl } from '../schemas/url';
import type { FrameTheme } from './frame-state';

/**
 * Requests of the in-page highlight UI. The page's content script says only where the reader
 * selected or clicked (a selector or a highlight id); the extension frame over the page (an
 * extension-origin document) says what the reader chose (color, note). The background holds the
 * pending selection of each tab between the two and is the one that writes.
 */
const Id = z.string().min(1).max(100);
const Theme = z.enum(['light', 'dark']) satisfies z.ZodType<FrameTheme>;
/** The canonical URL the page names; used only where it agrees with the page's own address. */
const Canonical = HttpUrl.nullable();
const Size = z.number().min(0).max(4000);

export const uiRequests = {
  /** Content script: the reader selected text; offer the toolbar for it. */
  'ui/toolbar': z.strictObject({ selector: SelectorSchema, canonical: Canonical, theme: Theme }),
  /** Content script: the reader clicked a painted highlight; offer its colors and Note. */
  'ui/painted': z.strictObject({ id: Id, canonical: Canonical, theme: Theme }),
  /** Content script: the reader moved on (empty selection, Esc, a click elsewhere). */
  'ui/close': z.strictObject({}),
  /** Content script, after a keyboard shortcut or menu entry the reader used: highlight this. */
  'page/highlight-selection': z.strictObject({ selector: SelectorSchema, canonical: Canonical }),
  /** Frame: the reader pressed Highlight. */
  'frame/add': z.strictObject({ color: HighlightColor }),
  /** Frame: the reader picked a color for the painted highlight shown (undo: pick it again). */
  'frame/color': z.strictObject({ color: HighlightColor }),
  /**
   * Frame: the reader pressed Note. The selection becomes a highlight if it is not one yet, and
   * its note opens where no page can draw: the side panel (`panelOpened`: the frame opened it
   * already, in the reader's click), else a small extension window.
   */
  'frame/note': z.strictObject({ color: HighlightColor, panelOpened: z.boolean() }),
  /** Frame: the reader closed the toolbar. */
  'frame/close': z.strictObject({}),
  /** Frame: the size its panel needs, in CSS pixels. */
  'frame/size': z.strictObject({ width: Size, height: Size }),
} as const;

export interface UiResponses {
  /** Whether the toolbar is offered (the reader may want it only on articles, or never). */
  'ui/toolbar': { shown: boolean };
  'ui/painted': null;
  'ui/close': null;
  'page/highlight-selection': { id: string };
  'frame/add': { id: string };
  'frame/color': null;
  'frame/note': { id: string };
  'frame/close': null;
  'frame/size': null;
}
