/**
 * The kind of region an element opens: page chrome (navigation, sidebars, site header/footer),
 * comments, an article's own header/footer, figure captions. Read from tags and ARIA roles first;
 * a few whole class/id tokens (`sidebar`, `comments`…) only add to that.
 */
import type { ElementFacts } from './text';

/** Navigation, sidebars, site header/footer: never article content. */
export const ZONE_CHROME = 1;
/** Comment threads and comment forms. */
export const ZONE_COMMENTS = 2;
/** Header/footer inside an article (byline, share buttons, tags). */
export const ZONE_FRAME = 4;
/** Figure captions. */
export const ZONE_CAPTION = 8;

const CHROME_ROLES = new Set(['complementary', 'navigation', 'banner', 'contentinfo', 'search']);
/** Class/id tokens of sidebars and comment threads (whole tokens only: `has-sidebar` is not one). */
const CHROME_TOKEN =
  /^(?:sidebar|sidebar-(?:primary|secondary|left|right)|widget|widgets|widget-area|secondary)$/i;
const COMMENT_TOKEN =
  /^(?:comments?|comment-(?:list|respond|area|form|section)|comments-(?:area|section|list)|commentlist|respond|disqus_thread)$/i;
const NO_HINTS = new Set(['html', 'body', 'main', 'article']);
const LABEL_HINT = /关键词|你可能还想读|发布时间|快速阅读/;

/** The chrome and comment zones that an element's id and class tokens name. */
function hintZone(f: ElementFacts): number {
  if ((!f.id && !f.cls) || NO_HINTS.has(f.tag)) return 0;
  const id = f.id?.trim();
  const tokens = f.cls ? f.cls.split(/\s+/) : [];
  const named = (re: RegExp) => (!!id && re.test(id)) || tokens.some((t) => re.test(t));
  return (named(CHROME_TOKEN) ? ZONE_CHROME : 0) | (named(COMMENT_TOKEN) ? ZONE_COMMENTS : 0);
}

/** An `<aside>` that is the article's quick-read box (`<aside>快速阅读: …</aside>`), not a sidebar. */
function isSummaryBox(el: Element): boolean {
  return /^\s*快速阅读/.test(el.textContent?.slice(0, 200) ?? '');
}

export function isArticleish(f: ElementFacts): boolean {
  return f.tag === 'article' || f.tag === 'main' || f.role === 'main';
}

/**
 * A page-level header is chrome unless it carries the headline (an `<h1>` and no menu); a
 * page-level footer is chrome unless it carries quick-read labels (tags, related links).
 */
function pageFrameIsChrome(el: Element): boolean {
  if (el.localName === 'header') return !el.querySelector('h1') || !!el.querySelector('nav');
  return !LABEL_HINT.test(el.textContent ?? '');
}

/** The zones `el` (read as `f`) opens, inside an article region or an `<article>` or not. */
export function zoneOf(
  el: Element,
  f: ElementFacts,
  inArticle: boolean,
  inArticleEl: boolean,
): number {
  const { tag, role } = f;
  let zone = hintZone(f);
  if (tag === 'aside') zone |= inArticleEl || isSummaryBox(el) ? ZONE_FRAME : ZONE_CHROME;
  if (tag === 'nav' || tag === 'dialog' || (role && CHROME_ROLES.has(role))) zone |= ZONE_CHROME;
  if (tag === 'header' || tag === 'footer') {
    zone |= inArticle ? ZONE_FRAME : pageFrameIsChrome(el) ? ZONE_CHROME : ZONE_FRAME;
  }
  if (tag === 'figcaption') zone |= ZONE_CAPTION;
  return zone;
}
