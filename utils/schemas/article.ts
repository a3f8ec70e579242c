import { z } from 'zod';
import { HttpUrl, IsoDate } from './url';

/** Limits keep a hostile page from filling the database with one record. */
const Text = (max: number) => z.string().max(max);

export const RelatedLinkSchema = z.strictObject({
  title: Text(1000),
  url: HttpUrl,
  summary: Text(5000).nullable(),
  publishedAt: IsoDate.nullable(),
});
export type RelatedLink = z.infer<typeof RelatedLinkSchema>;

export const ArticleFormat = z.enum(['quickread', 'generic']);

/** What `extractArticle(doc, url)` returns for one article page (DESIGN.md contract). */
export const ArticleSchema = z.strictObject({
  url: HttpUrl,
  format: ArticleFormat,
  title: Text(1000),
  publishedAt: IsoDate.nullable(),
  source: Text(500).nullable(),
  summary: Text(10000).nullable(),
  keywords: z.array(Text(200)).max(200),
  aiGenerated: z.boolean(),
  bodyText: Text(2_000_000),
  related: z.array(RelatedLinkSchema).max(500),
});
export type Article = z.infer<typeof ArticleSchema>;
