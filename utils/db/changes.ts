/**
 * What one committed write changed: the change feed's record. Views (badge, popup, side panel,
 * library, the page's paint) and sync read it to know what to read again.
 */
export interface Change {
  /** Urls of articles whose record, note, tags or highlights changed (saved, edited, deleted). */
  articles: string[];
  /** Ids of highlights added, edited or deleted. */
  highlights: string[];
  /** Urls of related links changed. */
  links: string[];
  /** Anything may have changed (import, wipe, sync): read everything again. */
  all: boolean;
  /** Who wrote it: versions from the reader's other devices, applied by sync; absent: this device. */
  source?: 'sync';
}

export function change(parts: Partial<Change>): Change {
  return {
    articles: [...new Set(parts.articles ?? [])],
    highlights: [...new Set(parts.highlights ?? [])],
    links: [...new Set(parts.links ?? [])],
    all: parts.all ?? false,
    ...(parts.source ? { source: parts.source } : {}),
  };
}

export const EVERYTHING: Change = Object.freeze({
  articles: [],
  highlights: [],
  links: [],
  all: true,
}) as Change;

/** Does `c` concern the article at `url` (its record or its highlights)? */
export function touchesArticle(c: Change, url: string): boolean {
  return c.all || c.articles.includes(url);
}
