/**
 * A quick-read page read for its article: its lines and labels, the comment threads and the
 * related section cut out, and the tests that tell a card (another article's) from the article.
 */
import type { PageContext } from './context';
import { linksElsewhere } from './headline';
import { type LabelHit, type LabelValue, findLabels, labelValue } from './labels';
import { type Heading, type Line, ZONE_CHROME, ZONE_COMMENTS, buildLines } from './lines';
import { sameTitle } from './meta';
import { type Region, markComments, sectionRegion } from './region';

/** Chrome and comments never hold the article's own labels. */
export const OFF_ARTICLE = ZONE_CHROME | ZONE_COMMENTS;

/** A page of quick-read cards (home page, category, search results) rather than one article. */
export const LISTING = 'listing';

export interface QuickreadPage {
  ctx: PageContext;
  lines: Line[];
  hits: LabelHit[];
  hitsOn: (line: number) => LabelHit[];
  valueOf: (hit: LabelHit) => LabelValue | null;
  /** The related section (`你可能还想读`), if the page has one. */
  region: Region | null;
  /** A line of the article's page: not chrome, comments or the related section. */
  onPage: (i: number) => boolean;
  /** The headings on the article's page. */
  headings: Heading[];
  /** The heading a line is under. */
  ownerOf: (line: number) => Heading | null;
  /** A heading that links to another page: a card's title or a site logo. */
  linked: (h: Heading) => boolean;
  /** Under another article's linked heading (a sidebar, listing or search-result card)? */
  isCard: (line: number, heading: Heading | null) => boolean;
}

/**
 * The related section: the first `你可能还想读` after the headline (a column of them may come first).
 * A sidebar's `你可能还想读` (in an <aside>) counts only when the page has no other.
 */
function relatedRegion(lines: Line[], hits: LabelHit[], firstH1: Heading | undefined) {
  const relatedOf = (zones: number) =>
    hits.filter((h) => h.kind === 'related' && (lines[h.line]!.zone & zones) === 0);
  const relatedHits = relatedOf(OFF_ARTICLE).length
    ? relatedOf(OFF_ARTICLE)
    : relatedOf(ZONE_COMMENTS);
  const relatedHit = relatedHits.find((h) => !firstH1 || h.line > firstH1.line) ?? relatedHits[0];
  return relatedHit
    ? sectionRegion(lines, relatedHit.line, OFF_ARTICLE & ~lines[relatedHit.line]!.zone)
    : null;
}

function cardTests(ctx: PageContext, headings: Heading[]) {
  const ownerOf = (line: number): Heading | null => {
    let owner: Heading | null = null;
    for (const h of headings) {
      if (h.line > line) break;
      owner = h;
    }
    return owner;
  };
  const elsewhere = new Map<Heading, boolean>();
  const linked = (h: Heading) => {
    if (!elsewhere.has(h)) elsewhere.set(h, linksElsewhere(h.el, ctx.base, ctx.selfUrls));
    return elsewhere.get(h)!;
  };
  const isCard = (line: number, heading: Heading | null) => {
    const o = ownerOf(line);
    if (!o || (heading && (o === heading || sameTitle(o.text, heading.text)))) return false;
    return linked(o);
  };
  return { ownerOf, linked, isCard };
}

export function readQuickreadPage(ctx: PageContext, body: HTMLElement): QuickreadPage {
  const { lines, headings: allHeadings } = buildLines(body);
  const hits = findLabels(lines);
  const hitsOn = (line: number) => hits.filter((h) => h.line === line);
  const valueOf = (hit: LabelHit): LabelValue | null => labelValue(lines, hit, hitsOn(hit.line));

  // Comment threads after the headline (or the first summary) are found by their heading text.
  const firstH1 = allHeadings.find((h) => h.level === 1 && (h.zone & OFF_ARTICLE) === 0);
  const firstSummary = hits.find(
    (h) => h.kind === 'summary' && (lines[h.line]!.zone & OFF_ARTICLE) === 0,
  );
  const relatedLines = new Set(hits.filter((h) => h.kind === 'related').map((h) => h.line));
  markComments(lines, firstH1?.line ?? firstSummary?.line ?? 0, (l) => relatedLines.has(l.index));

  const region = relatedRegion(lines, hits, firstH1);
  const inRelated = (i: number) => !!region && i >= region.heading && i <= region.end;
  const onPage = (i: number) => (lines[i]!.zone & OFF_ARTICLE) === 0 && !inRelated(i);
  const headings = allHeadings.filter((h) => (h.zone & OFF_ARTICLE) === 0 && !inRelated(h.line));
  return {
    ctx,
    lines,
    hits,
    hitsOn,
    valueOf,
    region,
    onPage,
    headings,
    ...cardTests(ctx, headings),
  };
}
