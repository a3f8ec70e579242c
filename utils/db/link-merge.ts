import type { Link, RelatedLink } from '../schemas';
import { laterTime, toLink, union } from './records';

/*
 * The one rule for two copies of a link record (links carry no modification time). Every write
 * that meets a stored link goes through `mergeLink`: saving an article that lists it, keeping it
 * for later, importing a file, and putting back a deleted article.
 */

/** Which copy wins where the two disagree. */
export interface LinkPrecedence {
  /**
   * Whose title, summary and date are kept when both have one: the page's (`incoming`, when an
   * article is saved again, its related cards are the freshest description) or the library's.
   */
  description: 'stored' | 'incoming';
  /**
   * Whose reader state (kept for later, read) is kept: `either` keeps the link for later if
   * either copy does and read at the later of the two times (an import of another computer's
   * file); `stored` or `incoming` keeps that copy's, as the reader left it.
   */
  readerState: 'either' | 'stored' | 'incoming';
}

/**
 * The merge of a stored link and an incoming copy of the same url: listed by the articles of
 * both (the stored ones first), described and marked as `precedence` says. An empty title,
 * or a missing summary or date, never hides the other copy's.
 */
export function mergeLink(stored: Link, incoming: Link, precedence: LinkPrecedence): Link {
  const [first, second] =
    precedence.description === 'stored' ? [stored, incoming] : [incoming, stored];
  const marks = precedence.readerState === 'incoming' ? incoming : stored;
  const either = precedence.readerState === 'either';
  return {
    url: stored.url,
    title: first.title || second.title,
    summary: first.summary ?? second.summary,
    publishedAt: first.publishedAt ?? second.publishedAt,
    fromArticles: union(stored.fromArticles, incoming.fromArticles),
    savedForLater: either ? stored.savedForLater || incoming.savedForLater : marks.savedForLater,
    readAt: either ? laterTime(stored.readAt, incoming.readAt) : marks.readAt,
  };
}

/** A related card as a link record listed by `articleUrls`, not kept for later, unread. */
export function linkFromRelated(related: RelatedLink, articleUrls: string[]): Link {
  return toLink({
    url: related.url,
    title: related.title,
    summary: related.summary,
    publishedAt: related.publishedAt,
    fromArticles: articleUrls,
    savedForLater: false,
    readAt: null,
  });
}

/** How an import merges: the library describes the link; kept or read on either side counts. */
export const IMPORT_PRECEDENCE: LinkPrecedence = { description: 'stored', readerState: 'either' };
/** How saving an article merges its related cards: the page describes, the reader's marks stay. */
export const SAVE_PRECEDENCE: LinkPrecedence = { description: 'incoming', readerState: 'stored' };
/** How a choice of the reader (keep for later) merges: the library describes, the marks stay. */
export const READER_PRECEDENCE: LinkPrecedence = { description: 'stored', readerState: 'stored' };
/**
 * How putting back a deleted article merges the link as it was (stored, listed by the article)
 * with the link as it is now (incoming): now describes and holds the reader's marks.
 */
export const RESTORE_PRECEDENCE: LinkPrecedence = {
  description: 'incoming',
  readerState: 'incoming',
};
