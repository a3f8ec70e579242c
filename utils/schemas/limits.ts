/**
 * The length limits of an article record, in one place: the zod schema (`article.ts`) is built on
 * them, and the extractor, which runs in the page and stays free of zod, cuts page text to them.
 * They keep a hostile page from filling the database with one record.
 */
export const ARTICLE_LIMITS = {
  /** Characters of a headline. */
  title: 1000,
  /** Characters of the source's name. */
  source: 500,
  /** Characters of the quick-read summary or page description. */
  summary: 10_000,
  /** Characters of one keyword, and how many keywords. */
  keyword: 200,
  keywords: 200,
  /** Characters of the body text (a long article is well under a million). */
  body: 2_000_000,
  /** How many related cards, and characters of each card's title and summary. */
  related: 500,
  relatedTitle: 1000,
  relatedSummary: 5000,
} as const;
