import { z } from 'zod';
import { HIGHLIGHT_COLORS } from '../highlight-colors';
import { ArticleSchema } from './article';
import { TagListSchema } from './tags';
import { HttpUrl, IsoDate, IsoTimestamp } from './url';

export { HIGHLIGHT_COLORS } from '../highlight-colors';
export const HighlightColor = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof HighlightColor>;

/** W3C TextQuoteSelector + TextPositionSelector (UTF-16 offsets over the root's text). */
export const SelectorSchema = z
  .strictObject({
    exact: z.string().min(1).max(20000),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, {
    message: 'end is before start',
    path: ['end'],
    params: { problem: 'endBeforeStart' },
  });
export type Selector = z.infer<typeof SelectorSchema>;

/**
 * A highlight as exported (nested under its article). `tags` (the reader's own, cleaned as an
 * article's are) is present only when there are some: highlights made before tags have none.
 */
export const HighlightSchema = z.strictObject({
  id: z.string().min(1).max(100),
  text: z.string().max(20000),
  note: z.string().max(20000),
  color: HighlightColor,
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  selector: SelectorSchema,
  tags: TagListSchema.optional(),
});
export type Highlight = z.infer<typeof HighlightSchema>;

/** A highlight as stored: indexed by the url of its article. */
export type StoredHighlight = Highlight & { articleUrl: string };

/** The most highlights one article can hold (far more than a reader makes on one page). */
export const MAX_HIGHLIGHTS_PER_ARTICLE = 10_000;
/** The most saved articles one link can be listed by. */
export const MAX_LINK_SOURCES = 100_000;

/** An article the reader saved; `tags` (the reader's own) is present only when there are some. */
export const SavedArticleSchema = ArticleSchema.extend({
  savedAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  note: z.string().max(20000),
  tags: TagListSchema.optional(),
});
export type SavedArticle = z.infer<typeof SavedArticleSchema>;

/** A related link, gathered from the `related` of saved articles or kept for later by the reader. */
export const LinkSchema = z.strictObject({
  url: HttpUrl,
  title: z.string().max(1000),
  summary: z.string().max(5000).nullable(),
  publishedAt: IsoDate.nullable(),
  fromArticles: z.array(HttpUrl).max(MAX_LINK_SOURCES),
  savedForLater: z.boolean(),
  readAt: IsoTimestamp.nullable(),
});
export type Link = z.infer<typeof LinkSchema>;
