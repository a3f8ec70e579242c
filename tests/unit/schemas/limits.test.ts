import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { pageAsArticle } from '../../../utils/content/annotator/fallback-article';
import { ArticleSchema, HighlightSchema, RelatedLinkSchema } from '../../../utils/schemas';
import {
  ARTICLE_LIMITS,
  MAX_ID_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_QUOTE_CONTEXT_CHARS,
} from '../../../utils/limits';

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

describe('the reader’s records are bounded by utils/limits.ts', () => {
  const base = {
    id: 'h1',
    text: '引文',
    note: '',
    color: 'yellow',
    createdAt: '2025-01-14T09:30:00.000Z',
    updatedAt: '2025-01-14T09:30:00.000Z',
    selector: { exact: '引文', prefix: '', suffix: '', start: 0, end: 2 },
  };
  const ok = (over: Record<string, unknown>) => HighlightSchema.safeParse({ ...base, ...over });
  const sel = (over: Record<string, unknown>) => ({ selector: { ...base.selector, ...over } });

  it.each([
    ['note', (n: number) => ({ note: 'x'.repeat(n) }), MAX_NOTE_CHARS],
    ['text', (n: number) => ({ text: 'x'.repeat(n) }), MAX_QUOTE_CHARS],
    ['id', (n: number) => ({ id: 'x'.repeat(n) }), MAX_ID_CHARS],
    ['quote', (n: number) => sel({ exact: 'x'.repeat(n), end: n }), MAX_QUOTE_CHARS],
    ['prefix', (n: number) => sel({ prefix: 'x'.repeat(n) }), MAX_QUOTE_CONTEXT_CHARS],
  ])('a highlight’s %s is accepted at its limit and refused past it', (_name, make, limit) => {
    expect(ok(make(limit)).success).toBe(true);
    expect(ok(make(limit + 1)).success).toBe(false);
  });
});
