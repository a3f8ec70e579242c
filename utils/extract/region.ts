/**
 * Sections introduced by a heading line (`你可能还想读`, a comment thread's `网友评论(3)`): which
 * lines after the heading belong to it. Found from the page structure alone, never class names:
 * the smallest element around the heading that also holds what follows it, cut at the end of a
 * list that follows the heading, at the next unlinked section heading, or at a comment thread.
 */
import { type Line, ZONE_COMMENTS, lineIn } from './lines';
import { HEADING_TAGS } from './text';

export interface Region {
  /** The section element the heading belongs to. */
  container: Element;
  /** The child of `container` holding the heading (its links, like "more", are not cards). */
  row: Element;
  /** The heading line (excluded) and the last line of the section (included). */
  heading: number;
  end: number;
}

/** A comment thread's heading: `评论`, `网友评论(3)`, `12 条评论`, `发表评论`, `Comments`… */
const COMMENT_HEADING =
  /^(?:(?:网友|读者|用户|精彩|热门|最新|全部|相关|发表|我要|文章)?(?:评论|留言|跟帖)(?:区|列表)?|\d+\s*条(?:评论|留言)|(?:\d+\s*)?comments?|leave a (?:reply|comment))\s*(?:[(（[【]?\s*\d+\s*[)）\]】]?)?\s*[:：]?$/iu;

export function isCommentHeading(line: Line): boolean {
  if (line.text.length > 24 || !COMMENT_HEADING.test(line.text.trim())) return false;
  return !line.pieces.some((p) => p.node.parentElement?.closest('a[href]'));
}

/** The child of `container` that holds `node`. */
function childOf(container: Element, node: Node): Element | null {
  let el: Element | null = node.parentElement;
  while (el && el.parentElement !== container) el = el.parentElement;
  return el;
}

/** The element of `el` that lists items (unwrapping single-child wrappers). */
function unwrap(el: Element): Element {
  let cur = el;
  for (let i = 0; i < 10 && cur.children.length === 1; i++) cur = cur.children[0]!;
  return cur;
}

/** True when `el` is a list of cards: two or more children, each with its own link. */
function isList(el: Element): boolean {
  const hrefs = new Set<string>();
  let items = 0;
  for (const child of Array.from(unwrap(el).children).slice(0, 500)) {
    const a = child.localName === 'a' ? child : child.querySelector('a[href]');
    const href = a?.getAttribute('href')?.trim();
    if (!href || href.startsWith('#') || hrefs.has(href)) continue;
    hrefs.add(href);
    if (++items >= 2) return true;
  }
  return false;
}

/** An unlinked heading standing directly in the section's container: the start of another section. */
function isSectionHeading(line: Line, container: Element): boolean {
  const h = line.block;
  return (
    HEADING_TAGS.has(h.localName) && h.parentElement === container && !h.querySelector('a[href]')
  );
}

function linesAfterIn(lines: Line[], from: number, el: Element, max: number): number {
  let n = 0;
  for (let i = from + 1; i < lines.length && n < max && lineIn(lines[i]!, el); i++) n++;
  return n;
}

/**
 * The lines that belong to the section introduced by the heading on line `headingLine`, up to a
 * line in `stopZones`, or for which `stop` is true.
 */
export function sectionRegion(
  lines: Line[],
  headingLine: number,
  stopZones: number,
  stop: (line: Line) => boolean = () => false,
): Region {
  const head = lines[headingLine]!;
  let container: Element = head.block;
  let row: Element = head.block;
  // The heading shares its block with what follows (`你可能还想读<br><a>…</a>`): that block.
  const inBlock =
    linesAfterIn(lines, headingLine, head.block, 1) > 0 && !!head.block.querySelector('a[href]');
  // Else climb until the container holds a few lines after the heading (the cards).
  while (!inBlock && container.parentElement && container.localName !== 'body') {
    row = container;
    container = container.parentElement;
    if (linesAfterIn(lines, headingLine, container, 2) >= 2) break;
  }
  // A list right after the heading row is the whole section.
  let limit: Element = container;
  const next = lines[headingLine + 1];
  if (row !== container && next && lineIn(next, container)) {
    const holder = childOf(container, next.pieces[0]!.node);
    if (holder && holder !== row && isList(holder)) limit = holder;
  }
  let end = headingLine;
  for (let i = headingLine + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!lineIn(l, limit) || (l.zone & stopZones) !== 0 || stop(l)) break;
    if (isCommentHeading(l) || isSectionHeading(l, container)) break;
    end = i;
  }
  return { container, row, heading: headingLine, end };
}

/**
 * Mark the comment threads that start after line `after` (found by their heading text) as
 * comments, each up to the end of its section or the line for which `stop` is true.
 */
export function markComments(lines: Line[], after: number, stop: (line: Line) => boolean): void {
  for (let i = Math.max(0, after + 1); i < lines.length; i++) {
    const l = lines[i]!;
    if ((l.zone & ZONE_COMMENTS) !== 0 || !isCommentHeading(l)) continue;
    l.zone |= ZONE_COMMENTS;
    const region = sectionRegion(lines, i, 0, stop);
    for (let k = i + 1; k <= region.end; k++) lines[k]!.zone |= ZONE_COMMENTS;
    i = region.end;
  }
}

/** The next node after `node` in document order inside `root` (into its children if `descend`). */
function nextNode(root: Element, node: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && n !== root && !n.nextSibling) n = n.parentNode;
  return n && n !== root ? n.nextSibling : null;
}

/** The links after `start` inside `root`, in document order, up to `stop` (a link holding it too). */
function linksAfter(root: Element, start: Node, stop: Node | null): Element[] {
  const out: Element[] = [];
  let node = nextNode(root, start, false);
  while (node && node !== stop) {
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el?.localName === 'a' && el.hasAttribute('href')) {
      if (stop && el.contains(stop)) break;
      out.push(el);
      node = nextNode(root, el, false);
    } else node = nextNode(root, node, true);
  }
  return out;
}

/** The links of a section in document order: after its heading row, before the first line after it. */
export function sectionLinks(lines: Line[], region: Region): Element[] {
  const { container, row } = region;
  const boundary = lines[region.end + 1]?.pieces[0]?.node ?? null;
  /** At or after the boundary (a link holding it starts the next line). */
  const past = (el: Element) =>
    !!boundary && (el.contains(boundary) || (boundary.compareDocumentPosition(el) & 4) !== 0);
  const linksOf = (el: Element) => [
    ...(el.localName === 'a' && el.hasAttribute('href') ? [el] : []),
    ...Array.from(el.querySelectorAll('a[href]')),
  ];
  const out: Element[] = [];
  if (row === container)
    return linksAfter(container, lines[region.heading]!.pieces[0]!.node, boundary);
  // Whole children of the container before the one holding the boundary need no checks.
  const last = boundary && container.contains(boundary) ? boundary : null;
  for (let el = row.nextElementSibling; el; el = el.nextElementSibling) {
    const holdsLast = !!last && (el.contains(last) || past(el));
    for (const a of linksOf(el)) {
      if (holdsLast && past(a)) return out;
      out.push(a);
    }
    if (holdsLast) break;
  }
  return out;
}
