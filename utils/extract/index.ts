/**
 * `extractArticle(doc, url)`: the article on a page, or null for pages that are not one article.
 * Pure: reads only the document it is given and never throws.
 */
import type { Article } from '../schemas/article';
import { isHttpUrl, safeHttpUrl } from '../url';
import type { Extraction, PageContext } from './context';
import type { Line } from './lines';
import { hasArticleHead, hasQuickreadText } from './cheap-check';
import { extractGeneric } from './generic';
import { wordKeywords } from './keywords';

export { looksLikeArticle } from './cheap-check';
import { canonicalUrl } from './meta';
import { LISTING, extractQuickread } from './quickread';

function run(doc: Document, url: string): Extraction | null {
  const page = safeHttpUrl(url, undefined, true);
  if (!page) return null;
  const quick = hasQuickreadText(doc);
  // The <head> is read only when the quick-read format does not give the article.
  if (!quick && !hasArticleHead(doc)) return null;
  const canonical = canonicalUrl(doc, page) ?? page;
  const base = safeHttpUrl(doc.querySelector('base[href]')?.getAttribute('href'), page) ?? page;
  const ctx: PageContext = { doc, url: canonical, base, selfUrls: new Set([page, canonical]) };
  if (quick) {
    const q = extractQuickread(ctx);
    // A page of quick-read cards is a listing even when its <head> calls it an article.
    if (q === LISTING) return null;
    if (q) return valid(q);
    if (!hasArticleHead(doc)) return null;
  }
  return valid(extractGeneric(ctx));
}

/** The extractors keep every field within the schema's limits; the background checks it with zod. */
function valid(x: Extraction | null): Extraction | null {
  return x && isHttpUrl(x.article.url) ? x : null;
}

/** The article with its keywords split into words when they were run-together text. */
export function withKeywordWords(article: Article, keywordsText: string | null): Article {
  return keywordsText ? { ...article, keywords: wordKeywords(keywordsText) } : article;
}

/**
 * The article on `doc` (loaded from `url`), or null when the page is not a single article. Whole:
 * run-together keywords are split into words here (the page side leaves that to the extension's
 * side: `recognizeArticle`).
 */
export function extractArticle(doc: Document, url: string): Article | null {
  try {
    const found = run(doc, url);
    return found && withKeywordWords(found.article, found.keywordsText);
  } catch {
    return null;
  }
}

/** The smallest element holding every line (null when there are none or they share none). */
function commonBlock(lines: readonly Line[]): Element | null {
  let root: Element | null = lines[0]?.block ?? null;
  for (const l of lines) {
    while (root && !root.contains(l.block)) root = root.parentElement;
  }
  return root;
}

/** The page's article, and the element holding its body: one reading of the page for both. */
export interface Recognized {
  /** Its keywords are still to be split when `keywordsText` is set (`withKeywordWords`). */
  article: Article | null;
  /** Where the article's body is (the body when there is no article or no body text). */
  root: Element;
  /**
   * Run-together text whose words are the keywords, or null. Not split on the page: the first
   * word segmenter in a renderer costs 45–85 ms; the extension's side splits it (keywords.ts).
   */
  keywordsText: string | null;
}

export function recognizeArticle(doc: Document, url: string): Recognized {
  const fallback = (doc.body ?? doc.documentElement) as Element;
  try {
    const found = run(doc, url);
    return {
      article: found?.article ?? null,
      root: (found && commonBlock(found.bodyLines)) ?? fallback,
      keywordsText: found?.keywordsText ?? null,
    };
  } catch {
    return { article: null, root: fallback, keywordsText: null };
  }
}

/**
 * The element holding the article body (the smallest common container of its paragraphs), for
 * anchoring highlights; the body when there is no article or no body text. For a page that
 * changed since it was recognized: `recognizeArticle` gives both at once.
 */
export function findArticleRoot(doc: Document, article: Article | null): Element {
  return article
    ? recognizeArticle(doc, article.url).root
    : ((doc.body ?? doc.documentElement) as Element);
}
