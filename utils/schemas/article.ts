import { z } from 'zod';
import { ARTICLE_LIMITS as LIMIT } from '../limits';
import { HttpUrl, IsoDate } from './url';

/** Limits keep a hostile page from filling the database with one record (`utils/limits.ts`). */
const Text = (max: number) => z.string().max(max);

export const RelatedLinkSchema = z.strictObject({
  title: Text(LIMIT.relatedTitle),
  url: HttpUrl,
  summary: Text(LIMIT.relatedSummary).nullable(),
  publishedAt: IsoDate.nullable(),
});
export type RelatedLink = z.infer<typeof RelatedLinkSchema>;

export const ArticleFormat = z.enum(['quickread', 'generic']);

/** What `extractArticle(doc, url)` returns for one article page (DESIGN.md contract). */
export const ArticleSchema = z.strictObject({
  url: HttpUrl,
  format: ArticleFormat,
  title: Text(LIMIT.title),
  publishedAt: IsoDate.nullable(),
  source: Text(LIMIT.source).nullable(),
  summary: Text(LIMIT.summary).nullable(),
  keywords: z.array(Text(LIMIT.keyword)).max(LIMIT.keywords),
  aiGenerated: z.boolean(),
  bodyText: Text(LIMIT.body),
  related: z.array(RelatedLinkSchema).max(LIMIT.related),
});
export type Article = z.infer<typeof ArticleSchema>;

/** An article without its body text, as the views show it before it is saved (`article-card.ts`). */
export const ArticlePreviewSchema = ArticleSchema.omit({ bodyText: true });
