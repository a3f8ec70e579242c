import '../zod-config'; // first: before any schema is built
import * as z from 'zod/mini';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../highlight-colors';
import {
  MAX_FRAME_SIZE,
  MAX_HIGHLIGHTS_PER_ARTICLE,
  MAX_ID_CHARS,
  MAX_QUOTE_CHARS,
  MAX_QUOTE_CONTEXT_CHARS,
} from '../limits';

/*
 * Requests a page's content script answers (from the background and the extension's pages). The
 * content script runs in pages, so these are checked with `zod/mini` (the same checks as zod, a
 * fraction of its size); they come only from the extension itself (the sender is checked too) and
 * carry at most ids, colors and selectors, never a note. What each one answers: `replies.ts`.
 */

const Empty = z.strictObject({});
const Id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_CHARS));
const WithId = z.strictObject({ id: Id });
const Offset = z.int().check(z.nonnegative());

/** Where a highlight is: its quote with context, and its offsets in the root's text. */
const PaintedSelector = z
  .object({
    exact: z.string().check(z.minLength(1), z.maxLength(MAX_QUOTE_CHARS)),
    prefix: z.string().check(z.maxLength(MAX_QUOTE_CONTEXT_CHARS)),
    suffix: z.string().check(z.maxLength(MAX_QUOTE_CONTEXT_CHARS)),
    start: Offset,
    end: Offset,
  })
  .check(z.refine((s) => s.end >= s.start, { message: 'end is before start', path: ['end'] }));

/** What a page learns of a highlight: where it is and its color, never its note. */
const PaintedHighlightSchema = z.object({
  id: Id,
  color: z.enum(HIGHLIGHT_COLORS),
  selector: PaintedSelector,
});
export interface PaintedHighlight {
  id: string;
  color: HighlightColor;
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
}

const FrameSize = z.number().check(z.gte(0), z.lte(MAX_FRAME_SIZE));
/** Show the in-page frame (at a size), or hide it. */
export interface FrameRequest {
  open: boolean;
  width?: number;
  height?: number;
}

export const tabRequests = {
  /** What the extractor recognized on this page. */
  'tab/article': Empty,
  /** Which highlights are painted and which could not be anchored (orphans). */
  'tab/anchors': Empty,
  /** Scroll the page to a painted highlight. */
  'tab/scroll-to': WithId,
  /** Highlights changed elsewhere (popup): load and paint them again. */
  'tab/refresh': Empty,
  /** The page moved to another address without loading (a single-page app): recognize it again. */
  'tab/navigated': Empty,
  /** Highlight the current selection (keyboard shortcut or context menu). */
  'tab/highlight-selection': Empty,
  /** The page as an article to save with a new highlight (a plain page when not recognized). */
  'tab/page-article': Empty,
  /** Paint (or repaint in a new color) these highlights. */
  'tab/paint': z.strictObject({
    items: z.array(PaintedHighlightSchema).check(z.maxLength(MAX_HIGHLIGHTS_PER_ARTICLE)),
  }),
  /** Remove a painted highlight. */
  'tab/unpaint': WithId,
  /** Show the in-page frame at the size its panel needs, or hide it. */
  'tab/frame': z.strictObject({
    open: z.boolean(),
    width: z.optional(FrameSize),
    height: z.optional(FrameSize),
  }),
} as const;

export type TabType = keyof typeof tabRequests;
export type TabRequestOf<T extends TabType> = z.output<(typeof tabRequests)[T]>;
