import { z } from 'zod';
import { ArticleSchema } from '../schemas/article';
import {
  HighlightColor,
  HighlightSchema,
  type Highlight,
  type SavedArticle,
} from '../schemas/records';
import type { PaintedHighlight } from './tab-protocol';
import { HttpUrl } from '../schemas/url';
import { uiRequests, type UiResponses } from './ui-protocol';

/**
 * Requests the background service worker answers (from the content script and the popup). Every
 * request is checked with its zod schema by the receiver before any handler runs.
 */
const Id = z.string().min(1).max(100);

export const backgroundRequests = {
  /** The content script reports what it recognized on its page (sets the toolbar badge). */
  'page/found': z.strictObject({ article: ArticleSchema.nullable() }),
  /** A page that may need the annotator asks for it (injected into the sender's frame). */
  'page/annotate': z.strictObject({}),
  /**
   * How many highlights the reader made on a page (pages that are not articles ask this). From a
   * content script `url` is only the page's claim: the sender's own address decides (page-key.ts).
   */
  'page/highlight-count': z.strictObject({ url: HttpUrl }),
  /**
   * Save (or update) an article; `tabId` names the tab showing it (the popup's saves, accepted only
   * from extension pages). A content script saves only under its own address.
   */
  'article/save': z.strictObject({
    article: ArticleSchema,
    tabId: z.number().int().nonnegative().optional(),
  }),
  /** Where the reader's highlights are on a page (ids, colors, selectors: never notes). */
  'page/highlights': z.strictObject({ url: HttpUrl }),
  /** Add a highlight (extension pages only); saves the article first when it is not saved yet. */
  'highlight/add': z.strictObject({ article: ArticleSchema, highlight: HighlightSchema }),
  'highlight/update': z.strictObject({
    id: Id,
    note: z.string().max(20000).optional(),
    color: HighlightColor.optional(),
  }),
  'highlight/delete': z.strictObject({ id: Id }),
  ...uiRequests,
} as const;

export interface BackgroundResponses extends UiResponses {
  'page/found': null;
  'page/annotate': null;
  'page/highlight-count': number;
  'article/save': SavedArticle;
  'page/highlights': PaintedHighlight[];
  'highlight/add': Highlight;
  'highlight/update': Highlight;
  'highlight/delete': null;
}

export type BackgroundType = keyof typeof backgroundRequests;
