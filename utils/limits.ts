/*
 * The product's limits, in one place: how long a text, an id or a tag may be, how many items a
 * record, a request or a file may hold. The zod schemas are built on them, and the page's code,
 * which stays free of full zod, cuts text to them. They keep a hostile page (or file, or server)
 * from filling the library with one record. Sync's transport limits (bytes, requests, time) are
 * sync's own: `utils/sync/limits.ts`.
 */

// Text of the reader's records.

/** Characters of a highlighted quote (a selector's `exact`, a highlight's `text`). */
export const MAX_QUOTE_CHARS = 20_000;
/** Characters of context kept on each side of a quote (a selector's `prefix` / `suffix`). */
export const MAX_QUOTE_CONTEXT_CHARS = 200;
/** Characters of a note: a highlight's or an article's. */
export const MAX_NOTE_CHARS = 20_000;
/** Characters of a record's id (a highlight's). */
export const MAX_ID_CHARS = 100;
/** Characters of a related link's title, and of its summary. */
export const MAX_LINK_TITLE_CHARS = 1000;
export const MAX_LINK_SUMMARY_CHARS = 5000;

/** The length limits of an article record (the extractor cuts page text to them). */
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
  relatedTitle: MAX_LINK_TITLE_CHARS,
  relatedSummary: MAX_LINK_SUMMARY_CHARS,
} as const;

// The reader's tags.

/** Characters of one of the reader's tags (UTF-16 code units). */
export const MAX_TAG_CHARS = 60;
/** How many tags one article can carry. */
export const MAX_TAGS = 50;
/** Characters of a tag, and how many, as a request carries them before they are cleaned. */
export const MAX_TAG_INPUT_CHARS = 200;
export const MAX_TAG_INPUTS = 200;

// How many items a record, a request or a file holds.

/** Highlights one article can hold (far more than a reader makes on one page). */
export const MAX_HIGHLIGHTS_PER_ARTICLE = 10_000;
/** Saved articles one link can be listed by. */
export const MAX_LINK_SOURCES = 100_000;
/** Articles one bulk action names (the library's largest selection). */
export const MAX_BULK_ARTICLES = 100_000;
/** Highlights, and links, one deleted article brings back on undo. */
export const MAX_DELETED_HIGHLIGHTS = 100_000;
export const MAX_DELETED_LINKS = 10_000;
/**
 * Articles and links one export file can hold: ten times the library the product is built for
 * (10,000 articles), so every real export imports, while a file of millions is refused at once.
 */
export const MAX_EXPORT_ARTICLES = 100_000;
export const MAX_EXPORT_LINKS = 500_000;
/**
 * Bytes of an export file accepted for import. A library at the size the product is built for
 * (10,000 articles of about 6 KB, 100,000 highlights) exports to about 100 MB; checking a file
 * needs three to four times its size in memory, so a larger file is refused in words instead.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Sites the reader can switch the in-page toolbar for one by one. */
export const MAX_TOOLBAR_SITES = 5000;

// Reading pages.

/** Characters of a page's text the every-page check reads for the quick-read label. */
export const EARLY_TEXT_BUDGET = 20_000;
/** Characters of a keywords line split into keywords. */
export const MAX_KEYWORDS_LINE_CHARS = 20_000;
/** Places a quote is looked for in a page's text before anchoring gives up on exact matches. */
export const MAX_QUOTE_OCCURRENCES = 20_000;

// Other text the reader writes.

/** Characters of a notes-export template. */
export const MAX_TEMPLATE_CHARS = 20_000;

// Messages.

/** Characters of a message's type name. */
export const MAX_MESSAGE_TYPE_CHARS = 100;
/** CSS pixels of the in-page frame's width or height, as its panel asks for them. */
export const MAX_FRAME_SIZE = 4000;
