/**
 * The `你可能还想读` section: one entry per card, in page order. A card is the set of links to one
 * URL (image link + title link count once) plus the text up to the next card: its `快速阅读`
 * summary and `发布时间` date. Only absolute http(s) URLs are kept; a card without one is dropped.
 */
import type { RelatedLink } from '../schemas';
import { safeHttpUrl } from '../url';
import { parseDate } from './dates';
import { LABELS, type LabelHit, labelValue, valueDate } from './labels';
import { MAX_RELATED, MAX_RELATED_SUMMARY, MAX_RELATED_TITLE } from './limits';
import { type Line, firstLineAtOrAfter } from './lines';
import { MINOR_REL, isMinorPath } from './minor-links';
import { type Region, sectionLinks } from './region';
import { isSkipped, normalizeSpace, plainText, stripEllipsis, truncate } from './text';

interface Group {
  url: string;
  anchors: Element[];
  /** Index of its first link among all links of the section. */
  first: number;
  /** First line of the card. */
  start: number;
}

const CARD_LABEL = new RegExp(`(?:${LABELS.summary}|${LABELS.published})\\s*[:：]`, 'u');

/** A date at the end (or start) of a link's text: `标题 2025-12-08`, `2025年12月8日 14:30 标题`. */
const EDGE_DATE =
  /^\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)\s*[|·•—–-]?\s*(.+)$|^(.+?)\s*[|·•—–-]?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)\s*$/u;

interface TitleAndDate {
  title: string;
  /** A date written inside the card's link, which is not part of its title. */
  date: string | null;
}

/** A link's text without the text of its `<time>` elements (their date is read on its own). */
function linkText(a: Element): string {
  if (!a.querySelector('time')) return plainText(a, 5000);
  const copy = a.cloneNode(true) as Element;
  for (const time of Array.from(copy.querySelectorAll('time'))) time.remove();
  return plainText(copy, 5000);
}

/** `text` split into a title and the date at either end of it, when the rest is still a title. */
function splitEdgeDate(text: string): TitleAndDate {
  const m = EDGE_DATE.exec(text);
  const title = m ? (m[2] ?? m[3] ?? '').trim() : '';
  const date = m ? parseDate(m[1] ?? m[4]) : null;
  return date && title ? { title, date } : { title: text, date: null };
}

/**
 * A card's title: its link text (for a whole card wrapped in one link, the text before the card's
 * `快速阅读` or `发布时间` label; a date at either end is the card's date, not its title), else an
 * image's alt text or the link's title attribute.
 */
function anchorTitle(anchors: Element[]): TitleAndDate {
  for (const a of anchors) {
    const t = linkText(a);
    const cut = t.search(CARD_LABEL);
    if (cut > 0) return { title: t.slice(0, cut).trim(), date: null };
    if (t) return splitEdgeDate(t);
  }
  for (const a of anchors) {
    for (const img of Array.from(a.querySelectorAll('img[alt]'))) {
      const alt = normalizeSpace(img.getAttribute('alt') ?? '');
      if (alt) return { title: alt, date: null };
    }
    const title = normalizeSpace(a.getAttribute('title') ?? '');
    if (title) return { title, date: null };
  }
  return { title: '', date: null };
}

/** A line that is only a date (`2025-12-08`, `2025年12月8日 14:30`), without a label. */
const BARE_DATE = /^[\d\s年月日号:：/.-]{8,24}$/u;

/** The text of a line outside links (`2025-12-08 <a>标题</a>` → `2025-12-08`). */
function textOutsideLinks(line: Line): string {
  return line.pieces
    .map((p, k) =>
      p.node.parentElement?.closest('a') ? '' : line.text.slice(p.start, line.pieces[k + 1]?.start),
    )
    .join('')
    .trim();
}

/**
 * A card's date without a `发布时间` label: a `<time datetime>`, else a line that is only a date,
 * or whose text outside links is.
 */
function unlabeledDate(lines: Line[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    for (const p of lines[i]!.pieces) {
      const t = p.node.parentElement?.closest('time[datetime]');
      const iso = t ? parseDate(t.getAttribute('datetime')) : null;
      if (iso) return iso;
    }
  }
  for (let i = from; i < to; i++) {
    for (const text of [lines[i]!.text, textOutsideLinks(lines[i]!)]) {
      const iso = BARE_DATE.test(text) ? parseDate(text) : null;
      if (iso) return iso;
    }
  }
  return null;
}

/** The line holding the first text of `root` that is on a line (a bounded walk), or null. */
function firstTextLine(root: Element, lineOf: Map<Node, number>): number | null {
  let node: Node | null = root.firstChild;
  for (let steps = 0; node && steps < 2000; steps++) {
    const line = lineOf.get(node);
    if (line !== undefined) return line;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return null;
}

/** A link the reader cannot see (inside `hidden`, `display:none`, `<noscript>`…). */
function unseen(a: Element, container: Element): boolean {
  for (let el: Element | null = a; el && el !== container; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

type CardLink = { el: Element; group: Group };

/** The section's links grouped by address (one group per card), and every kept link in order. */
function cardLinks(lines: Line[], region: Region, base: string, selfUrls: Set<string>) {
  const groups: Group[] = [];
  const byUrl = new Map<string, Group>();
  const links: CardLink[] = [];
  for (const a of sectionLinks(lines, region)) {
    if (MINOR_REL.test(a.getAttribute('rel') ?? '') || unseen(a, region.container)) continue;
    const url = safeHttpUrl(a.getAttribute('href'), base, true);
    if (!url || selfUrls.has(url) || isMinorPath(new URL(url).pathname)) continue;
    let g = byUrl.get(url);
    if (!g) {
      if (groups.length >= MAX_RELATED) break;
      g = { url, anchors: [], first: links.length, start: 0 };
      byUrl.set(url, g);
      groups.push(g);
    }
    g.anchors.push(a);
    links.push({ el: a, group: g });
  }
  return { groups, links };
}

/** The widest element around a card's first link that holds no other card's link. */
function cardRoot(links: CardLink[], g: Group, container: Element): Element {
  let p = g.first - 1;
  while (p >= 0 && links[p]!.group === g) p--;
  let n = g.first + 1;
  while (n < links.length && links[n]!.group === g) n++;
  const prev = links[p]?.el;
  const next = links[n]?.el;
  let root = links[g.first]!.el;
  while (
    root.parentElement &&
    root.parentElement !== container &&
    !(prev && root.parentElement.contains(prev)) &&
    !(next && root.parentElement.contains(next))
  ) {
    root = root.parentElement;
  }
  return root;
}

/** A card as a related link: its title, address, and the summary and date within its lines. */
function cardOf(lines: Line[], hits: LabelHit[], g: Group, end: number): RelatedLink | null {
  const { title, date: linkDate } = anchorTitle(g.anchors);
  if (!title) return null;
  const inCard = hits.filter((h) => h.line >= g.start && h.line < end);
  const value = (kind: LabelHit['kind']) => {
    const hit = inCard.find((h) => h.kind === kind);
    if (!hit) return null;
    return labelValue(
      lines,
      hit,
      hits.filter((h) => h.line === hit.line),
    );
  };
  const summary = value('summary');
  const date = value('published');
  return {
    title: truncate(title, MAX_RELATED_TITLE),
    url: g.url,
    summary: summary ? truncate(stripEllipsis(summary.text), MAX_RELATED_SUMMARY) || null : null,
    publishedAt: (date && valueDate(date)) ?? unlabeledDate(lines, g.start, end) ?? linkDate,
  };
}

/** The related cards of a section. `selfUrls` are the article's own URLs (never a related link). */
export function extractRelated(
  lines: Line[],
  region: Region,
  hits: LabelHit[],
  base: string,
  selfUrls: Set<string>,
): RelatedLink[] {
  const { groups, links } = cardLinks(lines, region, base, selfUrls);
  if (!groups.length) return [];

  // Each card starts at the widest element around its first link that holds no other card's link.
  const from = region.heading + 1;
  const to = region.end + 1;
  const lineOf = new Map<Node, number>();
  for (let i = from; i < to; i++) for (const p of lines[i]!.pieces) lineOf.set(p.node, i);
  for (const g of groups) {
    const root = cardRoot(links, g, region.container);
    // The line of its first text (a card may start mid-line: `日期 <a>标题</a>`).
    g.start = firstTextLine(root, lineOf) ?? firstLineAtOrAfter(lines, root, from, to);
  }

  const out: RelatedLink[] = [];
  groups.forEach((g, k) => {
    const end = k + 1 < groups.length ? Math.max(groups[k + 1]!.start, g.start) : to;
    const card = cardOf(lines, hits, g, end);
    if (card) out.push(card);
  });
  return out;
}
