import type { Article, ArticleCard } from '../schemas/article';
import type { Schema } from './dispatch';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../highlight-colors';

/** What a page learns of a highlight: where it is and its color, never its note. */
export interface PaintedHighlight {
  id: string;
  color: HighlightColor;
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
}

export interface FrameRequest {
  open: boolean;
  width?: number;
  height?: number;
}

/**
 * Requests a page's content script answers (from the popup and the background). The content script
 * runs in every page, so these few requests are checked by small validators instead of zod; they
 * come only from the extension itself (the sender is checked too) and carry at most an id.
 */
type Fail = { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
const fail = (path: string, message: string): Fail => ({
  success: false,
  error: { issues: [{ path: [path], message }] },
});
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{}` and nothing else. */
const empty: Schema<Record<string, never>> = {
  safeParse: (data) =>
    isPlainObject(data) && Object.keys(data).length === 0
      ? { success: true, data: {} }
      : fail('', 'expected an empty object'),
};

/** `{ id }`: a highlight id of 1–100 characters. */
const withId: Schema<{ id: string }> = {
  safeParse(data) {
    if (!isPlainObject(data) || Object.keys(data).length !== 1) return fail('', 'expected { id }');
    const id = data.id;
    if (typeof id !== 'string' || id.length < 1 || id.length > 100) return fail('id', 'invalid id');
    return { success: true, data: { id } };
  },
};

const COLORS: readonly string[] = HIGHLIGHT_COLORS;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 100;
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function isSelector(v: unknown): v is PaintedHighlight['selector'] {
  if (!isPlainObject(v)) return false;
  const { exact, prefix, suffix, start, end } = v;
  return (
    isText(exact, 20000) &&
    exact.length > 0 &&
    isText(prefix, 200) &&
    isText(suffix, 200) &&
    isOffset(start) &&
    isOffset(end) &&
    end >= start
  );
}

const isPainted = (v: unknown): v is PaintedHighlight =>
  isPlainObject(v) && isId(v.id) && COLORS.includes(v.color as string) && isSelector(v.selector);

/** `{ items }`: highlights to paint (ids, colors and selectors only), at most 10,000. */
const paintItems: Schema<{ items: PaintedHighlight[] }> = {
  safeParse(data) {
    const items = isPlainObject(data) ? data.items : undefined;
    if (!Array.isArray(items) || items.length > 10_000) return fail('items', 'expected a list');
    const bad = items.findIndex((item) => !isPainted(item));
    if (bad >= 0) return fail(`items.${bad}`, 'invalid highlight');
    return {
      success: true,
      data: {
        items: items.map(({ id, color, selector: s }: PaintedHighlight) => ({
          id,
          color,
          selector: {
            exact: s.exact,
            prefix: s.prefix,
            suffix: s.suffix,
            start: s.start,
            end: s.end,
          },
        })),
      },
    };
  },
};

/** `{ open, width?, height? }`: show (at a size) or hide the in-page frame. */
const frameSize: Schema<FrameRequest> = {
  safeParse(data) {
    if (!isPlainObject(data) || typeof data.open !== 'boolean')
      return fail('open', 'expected a flag');
    const size = (v: unknown) => (typeof v === 'number' && v >= 0 && v <= 4000 ? v : undefined);
    return {
      success: true,
      data: { open: data.open, width: size(data.width), height: size(data.height) },
    };
  },
};

export const tabRequests = {
  /** What the extractor recognized on this page. */
  'tab/article': empty,
  /** Which highlights are painted and which could not be anchored (orphans). */
  'tab/anchors': empty,
  /** Scroll the page to a painted highlight. */
  'tab/scroll-to': withId,
  /** Highlights changed elsewhere (popup): load and paint them again. */
  'tab/refresh': empty,
  /** The page moved to another address without loading (a single-page app): recognize it again. */
  'tab/navigated': empty,
  /** Highlight the current selection (keyboard shortcut or context menu). */
  'tab/highlight-selection': empty,
  /** The page as an article to save with a new highlight (a plain page when not recognized). */
  'tab/page-article': empty,
  /** Paint (or repaint in a new color) these highlights. */
  'tab/paint': paintItems,
  /** Remove a painted highlight. */
  'tab/unpaint': withId,
  /** Show the in-page frame at the size its panel needs, or hide it. */
  'tab/frame': frameSize,
} as const;

export interface TabResponses {
  'tab/article': { article: ArticleCard | null };
  'tab/anchors': { anchored: string[]; orphaned: string[] };
  'tab/scroll-to': { found: boolean };
  'tab/refresh': null;
  'tab/navigated': null;
  'tab/highlight-selection': { added: boolean };
  'tab/page-article': { article: Article | null };
  'tab/paint': null;
  'tab/unpaint': null;
  'tab/frame': null;
}

export type TabType = keyof typeof tabRequests;
export type TabRequestOf<T extends TabType> =
  (typeof tabRequests)[T] extends Schema<infer R> ? R : never;
