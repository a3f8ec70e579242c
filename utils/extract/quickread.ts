/**
 * The quick-read format: title, `发布时间:… 来源:…`, `快速阅读: <summary>`, body, `(以上内容均由AI生成)`,
 * `关键词: …`, `你可能还想读` + related cards. Everything is found from the label texts, in document
 * order, relative to the article's headline: the summary is the first `快速阅读` after the headline
 * that is not in page chrome, comments or the related section, and not a card's (under another
 * article's linked heading, or right after a link to another article: `listing.ts`). Without a
 * headline heading, the title comes from the page title or the line above the first label
 * (`headline.ts`). Sections and comment threads are cut from the structure (`region.ts`).
 */
import { bodyFromLines } from './body';
import type { Extraction, PageContext } from './context';
import { metaFacts } from './generic';
import { linksElsewhere, mainHeading, titleAbove } from './headline';
import { keywordsOf } from './keywords';
import {
  type LabelHit,
  type LabelKind,
  type LabelValue,
  findLabels,
  firstMetaValue,
  hasAiNotice,
  labelValue,
  valueDate,
} from './labels';
import { MAX_SOURCE, MAX_SUMMARY, MAX_TITLE } from './limits';
import {
  type Heading,
  type Line,
  ZONE_CAPTION,
  ZONE_CHROME,
  ZONE_COMMENTS,
  ZONE_FRAME,
  buildLines,
  lineIn,
} from './lines';
import { documentTitle, sameText, sameTitle, stripSiteSuffix } from './meta';
import { extractRelated } from './related';
import { type Region, markComments, sectionRegion } from './region';
import { type CardScan, cardBefore, cardStart } from './listing';
import { normalizeSpace, stripEllipsis, truncate } from './text';

/** Chrome and comments never hold the article's own labels. */
const OFF_ARTICLE = ZONE_CHROME | ZONE_COMMENTS;

/** A page of quick-read cards (home page, category, search results) rather than one article. */
export const LISTING = 'listing';

export function extractQuickread(ctx: PageContext): Extraction | typeof LISTING | null {
  const body = ctx.doc.body;
  if (!body) return null;
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

  // The related section: the first `你可能还想读` after the headline (a column of them may come first).
  // A sidebar's `你可能还想读` (in an <aside>) counts only when the page has no other.
  const relatedOf = (zones: number) =>
    hits.filter((h) => h.kind === 'related' && (lines[h.line]!.zone & zones) === 0);
  const relatedHits = relatedOf(OFF_ARTICLE).length
    ? relatedOf(OFF_ARTICLE)
    : relatedOf(ZONE_COMMENTS);
  const relatedHit = relatedHits.find((h) => !firstH1 || h.line > firstH1.line) ?? relatedHits[0];
  const region: Region | null = relatedHit
    ? sectionRegion(lines, relatedHit.line, OFF_ARTICLE & ~lines[relatedHit.line]!.zone)
    : null;
  const inRelated = (i: number) => !!region && i >= region.heading && i <= region.end;
  const onPage = (i: number) => (lines[i]!.zone & OFF_ARTICLE) === 0 && !inRelated(i);

  const headings = allHeadings.filter((h) => (h.zone & OFF_ARTICLE) === 0 && !inRelated(h.line));
  const ownerOf = (line: number): Heading | null => {
    let owner: Heading | null = null;
    for (const h of headings) {
      if (h.line > line) break;
      owner = h;
    }
    return owner;
  };
  let heading: Heading | null = null;
  const elsewhere = new Map<Heading, boolean>();
  /** A heading that links to another page: a card's title or a site logo. */
  const linked = (h: Heading) => {
    if (!elsewhere.has(h)) elsewhere.set(h, linksElsewhere(h.el, ctx.base, ctx.selfUrls));
    return elsewhere.get(h)!;
  };
  /** Under another article's linked heading (a sidebar, listing or search-result card)? */
  const isCard = (line: number) => {
    const o = ownerOf(line);
    if (!o || (heading && (o === heading || sameTitle(o.text, heading.text)))) return false;
    return linked(o);
  };

  const docTitle = documentTitle(ctx.doc);
  const facts = metaFacts(ctx.doc);
  const metaTitle = facts.title ?? (docTitle ? stripSiteSuffix(docTitle) : null);
  const summaries = hits.filter((h) => h.kind === 'summary' && onPage(h.line));
  heading = mainHeading(headings, metaTitle, linked);
  // No headline among the headings: the first summary that is not a card's is the article's.
  const firstOwn = heading ? undefined : summaries.find((h) => !isCard(h.line));
  if (firstOwn) heading = ownerOf(firstOwn.line);
  const headLine = heading ? heading.line : -1;
  const firstLabel = firstOwn
    ? hits.find((h) => h.kind !== 'related' && onPage(h.line) && h.line <= firstOwn.line)
    : undefined;
  const title = heading
    ? heading.text
    : firstLabel
      ? titleAbove(lines, firstLabel.line, metaTitle)
      : '';
  const own = (h: LabelHit, kind: LabelKind) =>
    h.kind === kind && h.line >= headLine && onPage(h.line) && !isCard(h.line);

  const summaryHit = title ? summaries.find((h) => own(h, 'summary')) : undefined;
  const cards = summaries.filter((h) => isCard(h.line));
  if (!summaryHit) return cards.length >= 2 ? LISTING : null;
  const summary = valueOf(summaryHit);
  const start = (summary?.lastLine ?? summaryHit.line) + 1;

  const container =
    lines[summaryHit.line]!.block.closest('article') ??
    lines[summaryHit.line]!.block.closest('main, [role="main"]');
  const inContainer = (l: Line) => !container || lineIn(l, container);

  // The body runs from the summary to the keywords, AI notice, related section or comments.
  let end = region && region.heading >= start ? region.heading : lines.length;
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if ((l.zone & ZONE_COMMENTS) !== 0) end = i;
    else if (onPage(i) && hitsOn(i).some((h) => h.kind === 'keywords')) end = i;
    else if (onPage(i) && hasAiNotice(l.text)) end = i + 1;
  }
  // More summaries under other headings before that end: a listing, not an article.
  const later = summaries.filter(
    (h) => h.line >= start && h.line < end && inContainer(lines[h.line]!),
  );
  const owners = new Set(later.map((h) => ownerOf(h.line)));
  if (owners.size >= 2 && !owners.has(heading)) return LISTING;
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

  const metaLines = new Set(
    hits.filter((h) => h.kind === 'published' || h.kind === 'source').map((h) => h.line),
  );
  const skip = OFF_ARTICLE | ZONE_FRAME | ZONE_CAPTION;
  const bodyText = bodyFromLines(
    lines,
    start,
    stop,
    (l: Line) =>
      (l.zone & skip) === 0 &&
      !metaLines.has(l.index) &&
      inContainer(l) &&
      !sameText(l.text, title),
  );
  // Cards and no body: a listing (one card on a category page counts).
  if ((cards.length >= 3 || ownCard) && !bodyText.text) return LISTING;

  // The date and source line may sit right above the headline (no summary in between).
  const aboveHead = (kind: LabelKind) =>
    hits.find(
      (h) =>
        h.kind === kind &&
        h.line < headLine &&
        h.line >= headLine - 3 &&
        onPage(h.line) &&
        !isCard(h.line) &&
        !hits.some((x) => x.kind === 'summary' && x.line >= h.line - 3 && x.line < headLine),
    );
  const dateHit = hits.find((h) => own(h, 'published')) ?? aboveHead('published');
  const dateValue = dateHit ? valueOf(dateHit) : null;
  const sourceHit = hits.find((h) => own(h, 'source')) ?? aboveHead('source');
  const keywordsHit = hits.find((h) => own(h, 'keywords'));
  const sourceOf = (hit: LabelHit | undefined) => {
    const v = hit ? valueOf(hit) : null;
    return v ? firstMetaValue(v.text) : '';
  };
  const aiGenerated = lines.some((l, i) => onPage(i) && hasAiNotice(l.text));
  // A lone `快速阅读:` in some text is not the format: it comes with a date, source, tags or notice.
  if (!dateHit && !sourceHit && !keywordsHit && !aiGenerated) return null;

  return {
    article: {
      url: ctx.url,
      format: 'quickread',
      title: truncate(normalizeSpace(title), MAX_TITLE),
      publishedAt: (dateValue && valueDate(dateValue)) ?? facts.publishedAt,
      source: truncate(sourceOf(sourceHit) || facts.source || '', MAX_SOURCE) || null,
      summary: summary ? truncate(stripEllipsis(summary.text), MAX_SUMMARY) || null : null,
      keywords: keywordsHit ? keywordsOf(valueOf(keywordsHit)) : facts.keywords,
      aiGenerated,
      bodyText: bodyText.text,
      related: region ? extractRelated(lines, region, hits, ctx.base, ctx.selfUrls) : [],
    },
    bodyLines: bodyText.used,
  };
}
