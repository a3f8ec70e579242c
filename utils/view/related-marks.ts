import type { Link } from '../schemas/records';

/** What the reader has done with a related link: saved the article, read it, kept it for later. */
export interface RelatedMark {
  saved: boolean;
  read: boolean;
  kept: boolean;
}

export type MarkOf = (url: string) => RelatedMark;

/**
 * The marks of related links: `saved` when the reader saved that article, `kept` when they keep
 * the link for later, `read` when they opened it from Read later (or saved it: a saved article
 * was read).
 */
export function relatedMarks(
  saved: { has(url: string): boolean },
  links: readonly Pick<Link, 'url' | 'savedForLater' | 'readAt'>[],
): MarkOf {
  const byUrl = new Map(links.map((l) => [l.url, l]));
  return (url) => {
    const link = byUrl.get(url);
    const isSaved = saved.has(url);
    return {
      saved: isSaved,
      read: isSaved || (link?.readAt ?? null) !== null,
      kept: link?.savedForLater ?? false,
    };
  };
}
