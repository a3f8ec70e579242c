/**
 * Quick-read cards without headings (home, category, tag and search pages; a "hot" list after an
 * article): a link to another page and a little text (a title, a date) right before a summary,
 * where an article would have its body.
 */
import { safeHttpUrl } from '../url';
import type { Line } from './lines';
import { isMinorPath } from './minor-links';
import { HEADING_TAGS } from './text';

/** More text than a card title and a date line: an article body. */
const MAX_CARD_TEXT = 300;

export interface CardScan {
  lines: Line[];
  /** Lines holding a label (their text is not counted). */
  labelLines: Set<number>;
  base: string;
  self: Set<string>;
}

/** True when the line has a link to another article (not a tag, category or author page). */
function linksOut(scan: CardScan, line: Line): boolean {
  for (const p of line.pieces) {
    const a = p.node.parentElement?.closest('a[href]');
    const url = a ? safeHttpUrl(a.getAttribute('href'), scan.base, true) : null;
    if (url && !scan.self.has(url) && !isMinorPath(new URL(url).pathname)) return true;
  }
  return false;
}

/**
 * True when the summary on line `next` is a card's: the lines `[from, next]` hold a link to
 * another page and at most a card's worth of text (label lines aside).
 */
export function cardBefore(scan: CardScan, from: number, next: number): boolean {
  let text = 0;
  let linked = false;
  for (let i = Math.max(0, from); i <= next && i < scan.lines.length; i++) {
    const l = scan.lines[i]!;
    if (i < next && !scan.labelLines.has(i)) text += l.text.length;
    if (text > MAX_CARD_TEXT) return false;
    linked ||= linksOut(scan, l);
  }
  return linked;
}

/**
 * Where the card holding the summary on line `next` starts, looking back no further than `from`
 * and over no more than a card's worth of text: its title link (and a section heading right above
 * it), or -1 when no link comes that close.
 */
export function cardStart(scan: CardScan, from: number, next: number): number {
  let text = 0;
  let start = linksOut(scan, scan.lines[next]!) ? next : -1;
  for (let i = next - 1; i >= Math.max(0, from); i--) {
    const l = scan.lines[i]!;
    if (!scan.labelLines.has(i)) text += l.text.length;
    if (text > MAX_CARD_TEXT) break;
    if (linksOut(scan, l)) start = i;
  }
  const above = scan.lines[start - 1];
  if (start > from && above && HEADING_TAGS.has(above.block.localName)) return start - 1;
  return start;
}
