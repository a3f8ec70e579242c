import type { Article } from '../schemas/article';
import type { Schema } from './dispatch';

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

export const tabRequests = {
  /** What the extractor recognized on this page. */
  'tab/article': empty,
  /** Which highlights are painted and which could not be anchored (orphans). */
  'tab/anchors': empty,
  /** Scroll the page to a painted highlight. */
  'tab/scroll-to': withId,
  /** Highlights changed elsewhere (popup): load and paint them again. */
  'tab/refresh': empty,
  /** Highlight the current selection (keyboard shortcut or context menu). */
  'tab/highlight-selection': empty,
  /** Save this page (keyboard shortcut or context menu), as an article even when not recognized. */
  'tab/save-page': empty,
} as const;

export interface TabResponses {
  'tab/article': { article: Article | null };
  'tab/anchors': { anchored: string[]; orphaned: string[] };
  'tab/scroll-to': { found: boolean };
  'tab/refresh': null;
  'tab/highlight-selection': { added: boolean };
  'tab/save-page': { saved: boolean };
}

export type TabType = keyof typeof tabRequests;
export type TabRequestOf<T extends TabType> =
  (typeof tabRequests)[T] extends Schema<infer R> ? R : never;
