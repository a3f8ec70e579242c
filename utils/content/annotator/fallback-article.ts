import type { Article } from '../../schemas/article';
import { ARTICLE_LIMITS as LIMIT } from '../../limits';
import { safeHttpUrl } from '../../url';

/**
 * The page as a plain generic article, for "Save page" and highlights on pages the extractor does
 * not recognize as articles: title, address and the visible body text.
 */
export function pageAsArticle(doc: Document, url: string): Article | null {
  const pageUrl = safeHttpUrl(url, undefined, true);
  if (!pageUrl) return null;
  const title = (doc.title || doc.querySelector('h1')?.textContent || pageUrl)
    .trim()
    .slice(0, LIMIT.title);
  const description = doc
    .querySelector('meta[name="description"], meta[property="og:description"]')
    ?.getAttribute('content');
  const body = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, LIMIT.body);
  return {
    url: pageUrl,
    format: 'generic',
    title: title.replace(/\s+/g, ' '),
    publishedAt: null,
    source: new URL(pageUrl).hostname,
    summary: description?.trim().slice(0, LIMIT.summary) || null,
    keywords: [],
    aiGenerated: false,
    bodyText: body,
    related: [],
  };
}
