/**
 * The article's headline among the page's headings. A heading that links to another page is a
 * card's title or a site logo, never the headline; the page's own title (og:title / `<title>`)
 * picks the headline when the page has several candidates.
 */
import { safeHttpUrl } from '../url';
import type { Heading, Line } from './lines';
import { sameTitle } from './meta';

/** A URL without its query and fragment: the same article whatever tracking parameters it has. */
function pageKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/** True when `el` holds a link to another page than `self` (query and fragment ignored). */
export function linksElsewhere(el: Element, base: string, self: Set<string>): boolean {
  const own = new Set(Array.from(self, pageKey));
  for (const a of Array.from(el.querySelectorAll('a[href]')).slice(0, 20)) {
    const url = safeHttpUrl(a.getAttribute('href'), base, true);
    if (url && !own.has(pageKey(url))) return true;
  }
  return false;
}

/**
 * The headline: the heading matching the page title (an `<h1>` first), else the unique `<h1>`,
 * else the same `<h1>` printed several times. Headings for which `linked` is true are skipped.
 */
export function mainHeading(
  headings: Heading[],
  metaTitle: string | null,
  linked: (h: Heading) => boolean,
): Heading | null {
  const local = headings.filter((h) => h.level <= 4 && !linked(h));
  const h1 = local.filter((h) => h.level === 1);
  if (metaTitle) {
    const byTitle =
      h1.find((h) => sameTitle(h.text, metaTitle)) ??
      local.find((h) => sameTitle(h.text, metaTitle));
    if (byTitle) return byTitle;
  }
  if (h1.length === 1) return h1[0]!;
  // The same headline printed twice (page header and article): the first one.
  return h1.length > 1 && h1.every((h) => sameTitle(h.text, h1[0]!.text)) ? h1[0]! : null;
}

const EMPHASIS = 'b, strong, font, big';

/**
 * The title of an article without a headline heading: the page title (og:title, `<title>`), or
 * the short line right above the article's first label (line `firstLabel`) when the page title is
 * missing, or is not printed on the page while that line stands out in bold.
 */
export function titleAbove(lines: Line[], firstLabel: number, metaTitle: string | null): string {
  const above = lines[firstLabel - 1];
  const usable =
    above &&
    above.zone === lines[firstLabel]!.zone &&
    above.text.length <= 200 &&
    !above.pieces.some((p) => p.node.parentElement?.closest('a[href]'));
  if (!usable) return metaTitle ?? '';
  if (!metaTitle) return above.text;
  if (sameTitle(above.text, metaTitle)) return metaTitle;
  const printed = lines.some((l, i) => i < firstLabel && sameTitle(l.text, metaTitle));
  const bold = above.pieces.every((p) => p.node.parentElement?.closest(EMPHASIS));
  return !printed && bold ? above.text : metaTitle;
}
