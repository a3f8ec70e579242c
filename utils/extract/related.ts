/**
 * The `你可能还想读` section: one entry per card, in page order. A card is the set of links to one
 * URL (image link + title link count once) plus the text up to the next card: its `快速阅读`
 * summary and `发布时间` date. Only absolute http(s) URLs are kept; a card without one is dropped.
 */
import type { RelatedLink } from '../schemas';
import { safeHttpUrl } from '../url';
import { parseDate } from './dates';
import { type LabelHit, labelValue, valueDate } from './labels';
import { MAX_RELATED, MAX_RELATED_SUMMARY, MAX_RELATED_TITLE } from './limits';
import { type Line, firstLineAtOrAfter, lineIn } from './lines';
import { normalizeSpace, plainText, stripEllipsis, truncate } from './text';

export interface Region {
  /** The section element the heading belongs to. */
  container: Element;
  /** The child of `container` holding the heading (its links, like "more", are not cards). */
  row: Element;
  /** The heading line (excluded) and the last line of the section (included). */
  heading: number;
  end: number;
}

/** The lines that belong to the section introduced by the heading on line `headingLine`. */
export function relatedRegion(lines: Line[], headingLine: number, stopZones: number): Region {
  const head = lines[headingLine]!;
  // Climb from the heading until the container holds a few lines after it (the cards).
  let container: Element = head.block;
  let row: Element = head.block;
  while (container.parentElement && container.localName !== 'body') {
    row = container;
    container = container.parentElement;
    let after = 0;
    for (
      let i = headingLine + 1;
      i < lines.length && after < 2 && lineIn(lines[i]!, container);
      i++
    ) {
      after++;
    }
    if (after >= 2) break;
  }
  let end = headingLine;
  for (let i = headingLine + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!lineIn(l, container) || (l.zone & stopZones) !== 0) break;
    end = i;
  }
  return { container, row, heading: headingLine, end };
}

const MINOR_REL = /\b(?:tag|category|author)\b/i;
const MINOR_PATH = /\/(?:tags?|category|categories|author)\//i;

interface Group {
  url: string;
  anchors: Element[];
  /** Index of its first link among all links of the section. */
  first: number;
  /** First line of the card. */
  start: number;
}

function anchorTitle(anchors: Element[]): string {
  for (const a of anchors) {
    const t = plainText(a, 5000);
    if (t) return t;
  }
  for (const a of anchors) {
    for (const img of Array.from(a.querySelectorAll('img[alt]'))) {
      const alt = normalizeSpace(img.getAttribute('alt') ?? '');
      if (alt) return alt;
    }
    const title = normalizeSpace(a.getAttribute('title') ?? '');
    if (title) return title;
  }
  return '';
}

function timeIn(lines: Line[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    for (const p of lines[i]!.pieces) {
      const t = p.node.parentElement?.closest('time[datetime]');
      const iso = t ? parseDate(t.getAttribute('datetime')) : null;
      if (iso) return iso;
    }
  }
  return null;
}

/** The related cards of a section. `selfUrls` are the article's own URLs (never a related link). */
export function extractRelated(
  lines: Line[],
  region: Region,
  hits: LabelHit[],
  base: string,
  selfUrls: Set<string>,
): RelatedLink[] {
  const headingNode = lines[region.heading]!.pieces[0]!.node;
  const boundary = lines[region.end + 1]?.pieces[0]?.node ?? null;
  const groups: Group[] = [];
  const byUrl = new Map<string, Group>();
  /** Every kept link in document order, with its card. */
  const links: { el: Element; group: Group }[] = [];
  for (const a of Array.from(region.container.querySelectorAll('a[href]'))) {
    if (!(headingNode.compareDocumentPosition(a) & 4)) continue;
    if (boundary && boundary.compareDocumentPosition(a) & 4 && !a.contains(boundary)) break;
    if (
      (region.row !== region.container && region.row.contains(a)) ||
      MINOR_REL.test(a.getAttribute('rel') ?? '')
    )
      continue;
    const url = safeHttpUrl(a.getAttribute('href'), base, true);
    if (!url || selfUrls.has(url) || MINOR_PATH.test(new URL(url).pathname)) continue;
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
  if (!groups.length) return [];

  // Each card starts at the widest element around its first link that holds no other card's link.
  const from = region.heading + 1;
  const to = region.end + 1;
  for (const g of groups) {
    let p = g.first - 1;
    while (p >= 0 && links[p]!.group === g) p--;
    let n = g.first + 1;
    while (n < links.length && links[n]!.group === g) n++;
    const prev = links[p]?.el;
    const next = links[n]?.el;
    let root = links[g.first]!.el;
    while (
      root.parentElement &&
      root.parentElement !== region.container &&
      !(prev && root.parentElement.contains(prev)) &&
      !(next && root.parentElement.contains(next))
    ) {
      root = root.parentElement;
    }
    g.start = firstLineAtOrAfter(lines, root, from, to);
  }

  const out: RelatedLink[] = [];
  groups.forEach((g, k) => {
    const title = anchorTitle(g.anchors);
    if (!title) return;
    const end = k + 1 < groups.length ? Math.max(groups[k + 1]!.start, g.start) : to;
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
    out.push({
      title: truncate(title, MAX_RELATED_TITLE),
      url: g.url,
      summary: summary ? truncate(stripEllipsis(summary.text), MAX_RELATED_SUMMARY) || null : null,
      publishedAt: (date && valueDate(date)) ?? timeIn(lines, g.start, end),
    });
  });
  return out;
}
