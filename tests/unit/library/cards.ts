import type { ArticleCard } from '../../../utils/db';

/** A library card with everything the list reads; `n` spreads save dates one day apart. */
export function card(
  n: number,
  overrides: Partial<ArticleCard & { bodyText: string }> = {},
): ArticleCard & { bodyText?: string } {
  const savedAt = new Date(Date.UTC(2025, 5, 1 + n, 10)).toISOString();
  return {
    url: `https://news.example.com/a/${n}`,
    title: `Article ${n}`,
    format: 'quickread',
    publishedAt: savedAt.slice(0, 10),
    source: '科技日报',
    summary: `快速阅读 ${n}`,
    keywords: ['大模型'],
    note: '',
    savedAt,
    updatedAt: savedAt,
    tags: [],
    bodyText: `正文 ${n}`,
    highlightCount: 0,
    highlightNoteCount: 0,
    highlightTimes: [],
    highlightText: '',
    ...overrides,
  };
}
