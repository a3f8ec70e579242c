/**
 * A page's answer about its article (`tab/article`, `tab/page-article`), made whole on the
 * extension's side: run-together keywords text is split into words here, never on the page (the
 * first word segmenter in a renderer costs 45–85 ms; extract/keywords.ts). The answer is the
 * page's own: the caller checks the article with its schema after this.
 */
import { wordKeywords } from '../extract/keywords';
import { MAX_KEYWORDS_LINE_CHARS } from '../limits';

/** The answer's article, its keywords split from `keywordsText` when the page sent one. */
export function articleOfAnswer(answer: unknown): unknown {
  if (!answer || typeof answer !== 'object') return null;
  const { article, keywordsText } = answer as { article?: unknown; keywordsText?: unknown };
  if (!article || typeof article !== 'object') return article ?? null;
  if (typeof keywordsText !== 'string') return article;
  return { ...article, keywords: wordKeywords(keywordsText.slice(0, MAX_KEYWORDS_LINE_CHARS)) };
}
