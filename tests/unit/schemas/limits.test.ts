import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { pageAsArticle } from '../../../utils/content/annotator/fallback-article';
import { ArticleSchema, RelatedLinkSchema } from '../../../utils/schemas';
import { ARTICLE_LIMITS } from '../../../utils/limits';

/** The `.max()` a zod string or array schema was built with. */
function maxOf(schema: z.ZodType): number | undefined {
  const inner = schema._zod.def.type === 'nullable' ? (schema as z.ZodNullable).unwrap() : schema;
  for (const check of (inner as z.ZodString)._zod.def.checks ?? []) {
    const def = check._zod.def as { check?: string; maximum?: number };
    if (def.check === 'max_length') return def.maximum;
  }
  return undefined;
}

describe('length limits live in one place', () => {
  it('are the limits the article schema is built with', () => {
    const article = ArticleSchema.shape;
    expect({
      title: maxOf(article.title),
      source: maxOf(article.source),
      summary: maxOf(article.summary),
      keyword: maxOf(article.keywords.element),
      keywords: maxOf(article.keywords),
      body: maxOf(article.bodyText),
      related: maxOf(article.related),
      relatedTitle: maxOf(RelatedLinkSchema.shape.title),
      relatedSummary: maxOf(RelatedLinkSchema.shape.summary),
    }).toEqual(ARTICLE_LIMITS);
  });

  it('cut a page saved as it is to exactly what the schema accepts', () => {
    const { document } = new Window({ url: 'https://example.com/long' });
    document.title = 'T'.repeat(5000);
    document.body.textContent = 'word '.repeat(500_000);
    const article = pageAsArticle(document as unknown as Document, 'https://example.com/long')!;
    expect(article.bodyText.length).toBe(ARTICLE_LIMITS.body);
    expect(article.title.length).toBe(ARTICLE_LIMITS.title);
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    // Positive control: one more character is refused.
    const over = { ...article, bodyText: article.bodyText + 'x' };
    expect(ArticleSchema.safeParse(over).success).toBe(false);
  });
});
