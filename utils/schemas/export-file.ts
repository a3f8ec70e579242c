import { z } from 'zod';
import { HighlightSchema, LinkSchema, type Link, SavedArticleSchema } from './records';
import { MAX_EXPORT_ARTICLES, MAX_EXPORT_LINKS, MAX_HIGHLIGHTS_PER_ARTICLE } from '../limits';
import { IsoTimestamp } from './url';
import { EXPORT_FORMAT } from './export-format';

export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  EXPORT_VERSIONS,
  type ExportVersion,
} from './export-format';

export const ExportedArticleSchema = SavedArticleSchema.extend({
  highlights: z.array(HighlightSchema).max(MAX_HIGHLIGHTS_PER_ARTICLE),
});
export type ExportedArticle = z.infer<typeof ExportedArticleSchema>;

/** A highlight of a version-1 or version-2 file: without tags. */
export const HighlightV2Schema = HighlightSchema.omit({ tags: true });

/** An article of a version-2 file: its highlights have no tags. */
export const ExportedArticleV2Schema = ExportedArticleSchema.extend({
  highlights: z.array(HighlightV2Schema).max(MAX_HIGHLIGHTS_PER_ARTICLE),
});

/** An article of a version-1 file: as version 2, without tags. */
export const ExportedArticleV1Schema = ExportedArticleV2Schema.omit({ tags: true });

const header = {
  format: z.literal(EXPORT_FORMAT),
  exportedAt: IsoTimestamp,
  links: z.array(LinkSchema).max(MAX_EXPORT_LINKS),
};

export const ExportFileV1Schema = z.strictObject({
  format: header.format,
  version: z.literal(1),
  exportedAt: header.exportedAt,
  articles: z.array(ExportedArticleV1Schema).max(MAX_EXPORT_ARTICLES),
  links: header.links,
});

export const ExportFileV2Schema = z.strictObject({
  format: header.format,
  version: z.literal(2),
  exportedAt: header.exportedAt,
  articles: z.array(ExportedArticleV2Schema).max(MAX_EXPORT_ARTICLES),
  links: header.links,
});

export const ExportFileV3Schema = z.strictObject({
  format: header.format,
  version: z.literal(3),
  exportedAt: header.exportedAt,
  articles: z.array(ExportedArticleSchema).max(MAX_EXPORT_ARTICLES),
  links: header.links,
});

/** The export file (DESIGN.md contract), any version. Import accepts exactly this. */
export const ExportFileSchema = z.discriminatedUnion('version', [
  ExportFileV1Schema,
  ExportFileV2Schema,
  ExportFileV3Schema,
]);
export type ExportFile = z.infer<typeof ExportFileSchema>;

/**
 * What an export holds before it is a file: every saved article with its highlights, and every
 * gathered link. The database reads it (`exportAll`); the export formats write it.
 */
export interface ExportData {
  articles: ExportedArticle[];
  links: Link[];
}
