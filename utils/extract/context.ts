/** What every extractor knows about the page besides its DOM. */
import type { Article } from '../schemas';
import type { Line } from './lines';

export interface PageContext {
  doc: Document;
  /** The article URL (canonical when on the same host), no fragment. */
  url: string;
  /** Base for relative links: the page's `<base href>` when http(s), else the page URL. */
  base: string;
  /** URLs that point at this same page (page URL and canonical). */
  selfUrls: Set<string>;
}

/** An extracted article and the lines its body text came from. */
export interface Extraction {
  article: Article;
  bodyLines: Line[];
  /**
   * Run-together text whose words are the article's keywords (`article.keywords` is empty until
   * they are split: `wordKeywords` in keywords.ts), or null.
   */
  keywordsText: string | null;
}
