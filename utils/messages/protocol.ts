import { z } from 'zod';
import { ArticleSchema, type Article } from '../schemas/article';
import {
  HighlightColor,
  HighlightSchema,
  type Highlight,
  type SavedArticle,
} from '../schemas/records';
import { HttpUrl } from '../schemas/url';

/**
 * The one message protocol of the extension. Every request is checked with its zod schema by the
 * receiver before any handler runs; the response types are listed beside them.
 */
const Id = z.string().min(1).max(100);

/** Requests the background service worker answers (from the content script and the popup). */
export const backgroundRequests = {
  /** The content script reports what it recognized on its page (sets the toolbar badge). */
  'page/found': z.strictObject({ article: ArticleSchema.nullable() }),
  /** Save (or update) an article. */
  'article/save': z.strictObject({ article: ArticleSchema }),
  /** The saved state of one article and its highlights. */
  'article/state': z.strictObject({ url: HttpUrl }),
  /** Add a highlight; saves the article first when it is not saved yet. */
  'highlight/add': z.strictObject({ article: ArticleSchema, highlight: HighlightSchema }),
  'highlight/update': z.strictObject({
    id: Id,
    note: z.string().max(20000).optional(),
    color: HighlightColor.optional(),
  }),
  'highlight/delete': z.strictObject({ id: Id }),
} as const;

export interface ArticleState {
  saved: SavedArticle | null;
  highlights: Highlight[];
}

export interface BackgroundResponses {
  'page/found': null;
  'article/save': SavedArticle;
  'article/state': ArticleState;
  'highlight/add': Highlight;
  'highlight/update': Highlight;
  'highlight/delete': null;
}

/** Requests a page's content script answers (from the popup and the background). */
export const tabRequests = {
  /** What the extractor recognized on this page. */
  'tab/article': z.strictObject({}),
  /** Which highlights are painted and which could not be anchored (orphans). */
  'tab/anchors': z.strictObject({}),
  /** Scroll the page to a painted highlight. */
  'tab/scroll-to': z.strictObject({ id: Id }),
  /** Highlights changed elsewhere (popup): load and paint them again. */
  'tab/refresh': z.strictObject({}),
  /** Highlight the current selection (keyboard shortcut or context menu). */
  'tab/highlight-selection': z.strictObject({}),
  /** Save this page (keyboard shortcut or context menu), as an article even when not recognized. */
  'tab/save-page': z.strictObject({}),
} as const;

export interface TabResponses {
  'tab/article': { article: Article | null };
  'tab/anchors': { anchored: string[]; orphaned: string[] };
  'tab/scroll-to': { found: boolean };
  'tab/refresh': null;
  'tab/highlight-selection': { added: boolean };
  'tab/save-page': { saved: boolean };
}

export type BackgroundType = keyof typeof backgroundRequests;
export type TabType = keyof typeof tabRequests;
export type RequestOf<T extends BackgroundType | TabType> = T extends BackgroundType
  ? z.infer<(typeof backgroundRequests)[T]>
  : T extends TabType
    ? z.infer<(typeof tabRequests)[T]>
    : never;
export type ResponseOf<T extends BackgroundType | TabType> = T extends BackgroundType
  ? BackgroundResponses[T]
  : T extends TabType
    ? TabResponses[T]
    : never;

/** Every message travels in this envelope. */
export const CHANNEL = 'ai-news-annotator';
export const EnvelopeSchema = z.strictObject({
  channel: z.literal(CHANNEL),
  type: z.string().max(100),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: string };
