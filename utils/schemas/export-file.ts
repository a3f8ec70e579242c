import { z } from 'zod';
import { HighlightSchema, LinkSchema, SavedArticleSchema } from './records';
import { IsoTimestamp } from './url';

export const EXPORT_FORMAT = 'ai-news-annotator';
export const EXPORT_VERSION = 1;

export const ExportedArticleSchema = SavedArticleSchema.extend({
  highlights: z.array(HighlightSchema),
});
export type ExportedArticle = z.infer<typeof ExportedArticleSchema>;

/** The export file (DESIGN.md contract). Import accepts exactly this. */
export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: IsoTimestamp,
  articles: z.array(ExportedArticleSchema),
  links: z.array(LinkSchema),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;
