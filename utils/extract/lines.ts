/**
 * The page as a list of text lines in document order. A line is the text of one block
 * (paragraph, list item, heading, table cell…); inline elements join into the line, `<br>`
 * becomes "\n". Each line remembers the text nodes it came from and the kind of region it sits
 * in (page chrome, comments, article header/footer), so extractors can reason in document order
 * without walking the DOM again.
 */
import { BLOCK_TAGS, HEADING_TAGS, collapseSpace, isSkipped } from './text';

/** Navigation, sidebars, site header/footer: never article content. */
export const ZONE_CHROME = 1;
/** Comment threads and comment forms. */
export const ZONE_COMMENTS = 2;
/** Header/footer inside an article (byline, share buttons, tags). */
export const ZONE_FRAME = 4;
/** Figure captions. */
export const ZONE_CAPTION = 8;

export interface Piece {
  node: Text;
  /** Offset of this node's text in the line text. */
  start: number;
}

export interface Line {
  index: number;
  /** Whitespace-collapsed text (may contain "\n" from `<br>`). */
  text: string;
  pieces: Piece[];
  /** Nearest block ancestor of the first piece. */
  block: Element;
  zone: number;
}

export interface Heading {
  el: Element;
  level: number;
  /** Index of its first line; its lines are `[line, end)`. */
  line: number;
  end: number;
  text: string;
  zone: number;
}

export interface PageLines {
  lines: Line[];
  headings: Heading[];
}

const CHROME_ROLES = new Set(['complementary', 'navigation', 'banner', 'contentinfo', 'search']);
/** Class/id tokens of sidebars and comment threads (whole tokens only: `has-sidebar` is not one). */
const CHROME_TOKEN =
  /^(?:sidebar|sidebar-(?:primary|secondary|left|right)|widget|widgets|widget-area|secondary)$/i;
const COMMENT_TOKEN =
  /^(?:comments?|comment-(?:list|respond|area|form|section)|comments-(?:area|section|list)|commentlist|respond|disqus_thread)$/i;
const NO_HINTS = new Set(['html', 'body', 'main', 'article']);
const LABEL_HINT = /关键词|你可能还想读|发布时间|快速阅读/;

function hint(el: Element, re: RegExp): boolean {
  if (NO_HINTS.has(el.localName)) return false;
  const id = el.getAttribute('id');
  if (id && re.test(id.trim())) return true;
  const cls = el.getAttribute('class');
  return !!cls && cls.split(/\s+/).some((t) => re.test(t));
}

function isArticleish(el: Element): boolean {
  const tag = el.localName;
  return tag === 'article' || tag === 'main' || el.getAttribute('role') === 'main';
}

/**
 * A page-level header is chrome unless it carries the headline (an `<h1>` and no menu); a
 * page-level footer is chrome unless it carries quick-read labels (tags, related links).
 */
function pageFrameIsChrome(el: Element): boolean {
  if (el.localName === 'header') return !el.querySelector('h1') || !!el.querySelector('nav');
  return !LABEL_HINT.test(el.textContent ?? '');
}

function zoneOf(el: Element, inArticle: boolean, inArticleEl: boolean): number {
  const tag = el.localName;
  let zone = 0;
  const role = el.getAttribute('role');
  if (tag === 'aside') zone |= inArticleEl ? ZONE_FRAME : ZONE_CHROME;
  if (tag === 'nav' || tag === 'dialog' || (role && CHROME_ROLES.has(role))) zone |= ZONE_CHROME;
  if (tag === 'header' || tag === 'footer') {
    zone |= inArticle ? ZONE_FRAME : pageFrameIsChrome(el) ? ZONE_CHROME : ZONE_FRAME;
  }
  if (tag === 'figcaption') zone |= ZONE_CAPTION;
  if (hint(el, CHROME_TOKEN)) zone |= ZONE_CHROME;
  if (hint(el, COMMENT_TOKEN)) zone |= ZONE_COMMENTS;
  return zone;
}

interface Frame {
  el: Element;
  zone: number;
  articleDepth: number;
  inArticleEl: boolean;
  heading?: Heading;
}

/** Build the lines of `root` (normally `doc.body`). At most `maxLines` lines are kept. */
export function buildLines(root: Element, maxLines = 200_000): PageLines {
  const lines: Line[] = [];
  const headings: Heading[] = [];
  let text = '';
  let pieces: Piece[] = [];
  let lineZone = 0;
  let lineBlock: Element = root;
  const stack: Frame[] = [
    {
      el: root,
      zone: 0,
      articleDepth: isArticleish(root) ? 1 : 0,
      inArticleEl: !!root.closest('article'),
    },
  ];

  const flush = () => {
    const trimmed = text.replace(/\s+$/, '');
    if (trimmed && pieces.length && lines.length < maxLines) {
      lines.push({ index: lines.length, text: trimmed, pieces, block: lineBlock, zone: lineZone });
    }
    text = '';
    pieces = [];
  };
  const blockOf = (): Element => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i]!;
      if (BLOCK_TAGS.has(f.el.localName)) return f.el;
    }
    return root;
  };
  const addText = (node: Text) => {
    let t = collapseSpace(node.nodeValue ?? '');
    if (!text || /[ \n]$/.test(text)) t = t.replace(/^ /, '');
    if (!t) return;
    if (!pieces.length) {
      lineZone = stack[stack.length - 1]!.zone;
      lineBlock = blockOf();
    }
    pieces.push({ node, start: text.length });
    text += t;
  };
  const enter = (el: Element): boolean => {
    const tag = el.localName;
    if (isSkipped(el)) return false;
    if (tag === 'br') {
      if (text) text = text.replace(/ $/, '') + '\n';
      return false;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const top = stack[stack.length - 1]!;
    const frame: Frame = {
      el,
      zone: top.zone | zoneOf(el, top.articleDepth > 0, top.inArticleEl),
      articleDepth: top.articleDepth + (isArticleish(el) ? 1 : 0),
      inArticleEl: top.inArticleEl || tag === 'article',
    };
    if (HEADING_TAGS.has(tag)) {
      frame.heading = {
        el,
        level: Number(tag[1]),
        line: lines.length,
        end: lines.length,
        text: '',
        zone: frame.zone,
      };
    }
    stack.push(frame);
    return true;
  };
  const exit = () => {
    const frame = stack.pop();
    if (!frame) return;
    if (BLOCK_TAGS.has(frame.el.localName)) flush();
    const h = frame.heading;
    if (h) {
      h.end = lines.length;
      h.text = lines
        .slice(h.line, h.end)
        .map((l) => l.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (h.text) headings.push(h);
    }
  };

  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      if (enter(node as Element)) {
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
        exit();
      }
    } else if (node.nodeType === 3) {
      addText(node as Text);
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit();
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  flush();
  headings.sort((a, b) => a.line - b.line);
  return { lines, headings };
}

/** Index of the first line at or after `el`'s start in document order, among `lines[from..to)`. */
export function firstLineAtOrAfter(lines: Line[], el: Node, from = 0, to = lines.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const node = lines[mid]!.pieces[0]!.node;
    // FOLLOWING (4) is set for nodes after `el`, including its descendants.
    const after = node === el || (el.compareDocumentPosition(node) & 4) !== 0;
    if (after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** True when `line` has a text node inside `el`. */
export function lineIn(line: Line, el: Node): boolean {
  return el.contains(line.pieces[0]!.node);
}
