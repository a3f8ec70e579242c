import { z } from 'zod';
import {
  HighlightSchema,
  LinkSchema,
  MAX_HIGHLIGHTS_PER_ARTICLE,
  SavedArticleSchema,
} from './records';
import { IsoTimestamp } from './url';

export const EXPORT_FORMAT = 'ai-news-annotator';
export const EXPORT_VERSION = 1;

export const ExportedArticleSchema = SavedArticleSchema.extend({
  highlights: z.array(HighlightSchema).max(MAX_HIGHLIGHTS_PER_ARTICLE),
});
export type ExportedArticle = z.infer<typeof ExportedArticleSchema>;

/**
 * The most articles and links one file can hold: ten times the library the product is built for
 * (10,000 articles), so every real export imports, while a file of millions of entries is
 * refused before it is checked entry by entry.
 */
export const MAX_EXPORT_ARTICLES = 100_000;
export const MAX_EXPORT_LINKS = 500_000;

/** The export file (DESIGN.md contract). Import accepts exactly this. */
export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: IsoTimestamp,
  articles: z.array(ExportedArticleSchema).max(MAX_EXPORT_ARTICLES),
  links: z.array(LinkSchema).max(MAX_EXPORT_LINKS),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;
