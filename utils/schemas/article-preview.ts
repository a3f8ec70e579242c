import type { Article } from './article';

/**
 * An article as the views show it before it is saved: everything but the body text, which only
 * the save needs (the background asks the page for it then; `background/save-tab.ts`). Kept apart
 * from the zod schemas: the page's script makes cards and stays free of zod.
 */
export type ArticlePreview = Omit<Article, 'bodyText'>;

export function articlePreview(article: Article): ArticlePreview {
  const { bodyText: _body, ...card } = article;
  return card;
}
