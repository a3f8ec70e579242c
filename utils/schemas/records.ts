import { z } from 'zod';
import { HIGHLIGHT_COLORS } from '../highlight-colors';
import { ArticleSchema } from './article';
import { TagListSchema } from './tags';
import { HttpUrl, IsoDate, IsoTimestamp } from './url';
import {
  MAX_ID_CHARS,
  MAX_LINK_SOURCES,
  MAX_LINK_SUMMARY_CHARS,
  MAX_LINK_TITLE_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_QUOTE_CONTEXT_CHARS,
} from '../limits';

export { HIGHLIGHT_COLORS } from '../highlight-colors';
export const HighlightColor = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof HighlightColor>;

/** W3C TextQuoteSelector + TextPositionSelector (UTF-16 offsets over the root's text). */
export const SelectorSchema = z
  .strictObject({
    exact: z.string().min(1).max(MAX_QUOTE_CHARS),
    prefix: z.string().max(MAX_QUOTE_CONTEXT_CHARS),
    suffix: z.string().max(MAX_QUOTE_CONTEXT_CHARS),
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
  id: z.string().min(1).max(MAX_ID_CHARS),
  text: z.string().max(MAX_QUOTE_CHARS),
  note: z.string().max(MAX_NOTE_CHARS),
  color: HighlightColor,
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  selector: SelectorSchema,
  tags: TagListSchema.optional(),
});
export type Highlight = z.infer<typeof HighlightSchema>;

/** A highlight as stored: indexed by the url of its article. */
export type StoredHighlight = Highlight & { articleUrl: string };

/** An article the reader saved; `tags` (the reader's own) is present only when there are some. */
export const SavedArticleSchema = ArticleSchema.extend({
  savedAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  note: z.string().max(MAX_NOTE_CHARS),
  tags: TagListSchema.optional(),
});
export type SavedArticle = z.infer<typeof SavedArticleSchema>;

/** A related link, gathered from the `related` of saved articles or kept for later by the reader. */
export const LinkSchema = z.strictObject({
  url: HttpUrl,
  title: z.string().max(MAX_LINK_TITLE_CHARS),
  summary: z.string().max(MAX_LINK_SUMMARY_CHARS).nullable(),
  publishedAt: IsoDate.nullable(),
  fromArticles: z.array(HttpUrl).max(MAX_LINK_SOURCES),
  savedForLater: z.boolean(),
  readAt: IsoTimestamp.nullable(),
});
export type Link = z.infer<typeof LinkSchema>;
