/**
 * The article's headline on a quick-read page and the labels that are its own (not a card's).
 * Without a headline heading, the title comes from the line above the first label (`headline.ts`).
 */
import { mainHeading, titleAbove } from './headline';
import type { LabelHit, LabelKind } from './labels';
import type { Heading } from './lines';
import type { QuickreadPage } from './quickread-page';

export interface Headline {
  heading: Heading | null;
  /** The headline's line, or -1. */
  headLine: number;
  title: string;
  /** Every summary on the article's page (its own and cards'). */
  summaries: LabelHit[];
}

export function findHeadline(page: QuickreadPage, metaTitle: string | null): Headline {
  const { hits, onPage } = page;
  const summaries = hits.filter((h) => h.kind === 'summary' && onPage(h.line));
  let heading = mainHeading(page.headings, metaTitle, page.linked);
  // No headline among the headings: the first summary that is not a card's is the article's.
  const firstOwn = heading ? undefined : summaries.find((h) => !page.isCard(h.line, null));
  if (firstOwn) heading = page.ownerOf(firstOwn.line);
  const firstLabel = firstOwn
    ? hits.find((h) => h.kind !== 'related' && onPage(h.line) && h.line <= firstOwn.line)
    : undefined;
  const title = heading
    ? heading.text
    : firstLabel
      ? titleAbove(page.lines, firstLabel.line, metaTitle)
      : '';
  return { heading, headLine: heading ? heading.line : -1, title, summaries };
}

/** The article's own label of a kind: at or after the headline, on the page, not a card's. */
export function ownLabel(page: QuickreadPage, head: Headline, kind: LabelKind) {
  return page.hits.find(
    (h) =>
      h.kind === kind &&
      h.line >= head.headLine &&
      page.onPage(h.line) &&
      !page.isCard(h.line, head.heading),
  );
}

/** The date and source line may sit right above the headline (no summary in between). */
export function labelAboveHead(page: QuickreadPage, head: Headline, kind: LabelKind) {
  const { hits, onPage } = page;
  const { headLine } = head;
  return hits.find(
    (h) =>
      h.kind === kind &&
      h.line < headLine &&
      h.line >= headLine - 3 &&
      onPage(h.line) &&
      !page.isCard(h.line, head.heading) &&
      !hits.some((x) => x.kind === 'summary' && x.line >= h.line - 3 && x.line < headLine),
  );
}
