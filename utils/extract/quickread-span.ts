/**
 * Where a quick-read article's body ends: at its keywords, AI notice, related section or comments,
 * or where the next article's card begins (`listing.ts`). More articles' summaries inside that
 * span make the page a listing.
 */
import { hasAiNotice, type LabelHit } from './labels';
import { type Line, ZONE_COMMENTS } from './lines';
import { type CardScan, cardBefore, cardStart } from './listing';
import type { Headline } from './quickread-head';
import { LISTING, type QuickreadPage } from './quickread-page';

export interface BodySpan {
  /** The line after the body's last. */
  stop: number;
  /** The article's summary comes right after a link, as a card's does. */
  ownCard: boolean;
}

/** The body runs from the summary to the keywords, AI notice, related section or comments. */
function sectionEnd(page: QuickreadPage, start: number): number {
  const { lines, region, onPage } = page;
  let end = region && region.heading >= start ? region.heading : lines.length;
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if ((l.zone & ZONE_COMMENTS) !== 0) end = i;
    else if (onPage(i) && page.hitsOn(i).some((h) => h.kind === 'keywords')) end = i;
    else if (onPage(i) && hasAiNotice(l.text)) end = i + 1;
  }
  return end;
}

export function bodySpan(
  page: QuickreadPage,
  head: Headline,
  summaryHit: LabelHit,
  start: number,
  inContainer: (l: Line) => boolean,
): BodySpan | typeof LISTING {
  const { lines, hits, ctx } = page;
  const { headLine } = head;
  const end = sectionEnd(page, start);
  // More summaries under other headings before that end: a listing, not an article.
  const later = head.summaries.filter(
    (h) => h.line >= start && h.line < end && inContainer(lines[h.line]!),
  );
  const owners = new Set(later.map((h) => page.ownerOf(h.line)));
  if (owners.size >= 2 && !owners.has(head.heading)) return LISTING;
  // Cards without headings: each summary comes right after a link and a title's worth of text.
  const scan: CardScan = {
    lines,
    labelLines: new Set(hits.map((h) => h.line)),
    base: ctx.base,
    self: ctx.selfUrls,
  };
  const lastLabel = hits.filter((h) => h.line > headLine && h.line < summaryHit.line).at(-1);
  const ownCard = cardStart(scan, (lastLabel?.line ?? headLine) + 1, summaryHit.line) >= 0;
  const next = later[0]?.line;
  if (next && ownCard && cardBefore(scan, start, next)) return LISTING;
  // The body ends where the next card begins.
  const nextCard = next === undefined ? -1 : cardStart(scan, start, next);
  const stop = Math.min(next === undefined ? end : nextCard >= 0 ? nextCard : next, end);
  return { stop, ownCard };
}
