/**
 * URL and date checks without zod, for code that runs in every page (the content script) where
 * every kilobyte counts. `utils/schemas/url.ts` builds the zod schemas on these.
 */

/** True for absolute `http:`/`https:` URLs. Everything else (javascript:, data:, relative…) is refused. */
export function isHttpUrl(value: string): boolean {
  if (value.length > 4096) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Resolve `href` against `base` and keep it only when the result is http(s).
 * The `#fragment` is dropped when `dropHash` is set (article identity ignores it).
 */
export function safeHttpUrl(
  href: string | null | undefined,
  base?: string,
  dropHash = false,
): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (dropHash) u.hash = '';
    const s = u.toString();
    return s.length > 4096 ? null : s;
  } catch {
    return null;
  }
}

/** ISO 8601 date (`YYYY-MM-DD`) or date-time (`YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm]`). */
export const ISO_DATE_RE =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
