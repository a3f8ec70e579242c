/**
 * Every limit and constant of the highlights hub, the daily review, the digest, the quote card
 * and the reader view, in one place.
 */

export const DAY_MS = 86_400_000;

/** Highlights the hub shows at first, and how many more each "Show more" adds. */
export const HUB_PAGE = 60;
/**
 * Highlights in the hub's first render (about a screenful); the rest of its first page follows
 * once that render is painted.
 */
export const HUB_FIRST_PAINT = 12;

/** Highlights offered by the daily review each day. */
export const REVIEW_PER_DAY = 5;
/** A highlight becomes reviewable this many days after it was made. */
export const REVIEW_MIN_AGE_DAYS = 2;
/** Days until a highlight comes back: after "keep" the gap grows by KEEP_GROWTH, "done" by DONE_GROWTH. */
export const REVIEW_FIRST_GAP_DAYS = 3;
export const REVIEW_KEEP_GROWTH = 1.5;
export const REVIEW_DONE_GROWTH = 3;
export const REVIEW_MAX_GAP_DAYS = 365;
/** Where the review's schedule is kept (the extension's local storage, never synced). */
export const REVIEW_STORAGE_KEY = 'reviewSchedule';

/** The quote card: CSS pixel width, device-pixel scale, margins and type sizes. */
export const CARD_WIDTH = 720;
export const CARD_SCALE = 2;
export const CARD_PADDING = 56;
export const CARD_QUOTE_FONT = 30;
export const CARD_QUOTE_LINE = 48;
export const CARD_NOTE_FONT = 22;
export const CARD_NOTE_LINE = 34;
export const CARD_META_FONT = 18;
export const CARD_QR_SIZE = 120;
/** Lines of quote and of note drawn at most; the rest ends in an ellipsis. */
export const CARD_MAX_QUOTE_LINES = 14;
export const CARD_MAX_NOTE_LINES = 6;

/** Summaries shown per article in the digest, and the digest's ranges in days. */
export const DIGEST_WEEK_DAYS = 7;
