/**
 * Links that lead to a list of articles rather than an article: tag, category and author pages.
 * One rule for the related cards and the listing scan. Only the list page itself is minor: a
 * site may file its articles under `/category/…/` (雷峰网: `/category/ai/<id>.html`), so a path
 * that goes on to a page of its own (a file name, or a long number) is an article.
 */
const MARKER = /\/(?:tags?|category|categories|author)\/(.*)$/i;
/** The last segment of an article's own page: `abc.html`, `12345`, `2025-12-08-title-123456`. */
const ARTICLE_PAGE = /(?:\.[a-z]{2,6}$|\d{4,})/i;
/** A further page of the same list: `page/2`, `2`. */
const LIST_PAGE = /^(?:page\/)?\d{1,3}$/i;

/** True when `pathname` is a tag, category or author page (not an article filed under one). */
export function isMinorPath(pathname: string): boolean {
  const m = MARKER.exec(pathname);
  if (!m) return false;
  const rest = (m[1] ?? '').replace(/\/+$/, '');
  const segments = rest.split('/').filter(Boolean);
  if (segments.length < 2) return true;
  const last = segments[segments.length - 1] ?? '';
  if (LIST_PAGE.test(segments.slice(-2).join('/')) || LIST_PAGE.test(last)) return true;
  return !ARTICLE_PAGE.test(last);
}

/** The same rule for a link's `rel`: `rel="tag"`, `rel="category"`, `rel="author"`. */
export const MINOR_REL = /\b(?:tag|category|author)\b/i;
