/**
 * The quick-read format: title, `发布时间:… 来源:…`, `快速阅读: <summary>`, body, `(以上内容均由AI生成)`,
 * `关键词: …`, `你可能还想读` + related cards. Everything is found from the label texts, in document
 * order, relative to the article's headline: the summary is the first `快速阅读` after the headline
 * that is not in page chrome, not in the related section and not under another article's linked
 * heading (a sidebar or listing card).
 */
import { safeHttpUrl } from '../url';
import { bodyFromLines } from './body';
import type { Extraction, PageContext } from './context';
import { metaFacts } from './generic';
import { cleanKeywords, splitKeywords } from './keywords';
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
import { type Region, extractRelated, relatedRegion } from './related';
import { normalizeSpace, plainText, truncate } from './text';

/** Chrome and comments never hold the article's own labels. */
const OFF_ARTICLE = ZONE_CHROME | ZONE_COMMENTS;

/** A page of quick-read cards (home page, category, search results) rather than one article. */
export const LISTING = 'listing';

/** The headline: the unique `<h1>`, or the heading matching the page title. */
function mainHeading(headings: Heading[], metaTitle: string | null): Heading | null {
  const h1 = headings.filter((h) => h.level === 1);
  if (h1.length === 1) return h1[0]!;
  const pool = h1.length ? h1 : headings.filter((h) => h.level <= 3);
  const byTitle = pool.find((h) => sameTitle(h.text, metaTitle));
  if (byTitle) return byTitle;
  // The same headline printed twice (page header and article): the first one.
  return h1.length > 1 && h1.every((h) => sameTitle(h.text, h1[0]!.text)) ? h1[0]! : null;
}

function linksElsewhere(h: Heading, base: string, self: Set<string>): boolean {
  for (const a of Array.from(h.el.querySelectorAll('a[href]'))) {
    const url = safeHttpUrl(a.getAttribute('href'), base, true);
    if (url && !self.has(url)) return true;
  }
  return false;
}

export function extractQuickread(ctx: PageContext): Extraction | typeof LISTING | null {
  const body = ctx.doc.body;
  if (!body) return null;
  const { lines, headings: allHeadings } = buildLines(body);
  const hits = findLabels(lines);
  const hitsOn = (line: number) => hits.filter((h) => h.line === line);
  const valueOf = (hit: LabelHit): LabelValue | null => labelValue(lines, hit, hitsOn(hit.line));

  // The related section: the first `你可能还想读` after the headline (a column of them may come first).
  const relatedHits = hits.filter(
    (h) => h.kind === 'related' && (lines[h.line]!.zone & OFF_ARTICLE) === 0,
  );
  const firstH1 = allHeadings.find((h) => h.level === 1 && (h.zone & OFF_ARTICLE) === 0);
  const relatedHit = relatedHits.find((h) => !firstH1 || h.line > firstH1.line) ?? relatedHits[0];
  const region: Region | null = relatedHit
    ? relatedRegion(lines, relatedHit.line, OFF_ARTICLE)
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
  /** Under another article's linked heading (a sidebar, listing or search-result card)? */
  const isCard = (line: number) => {
    const o = ownerOf(line);
    if (!o || (heading && (o === heading || sameTitle(o.text, heading.text)))) return false;
    if (!elsewhere.has(o)) elsewhere.set(o, linksElsewhere(o, ctx.base, ctx.selfUrls));
    return elsewhere.get(o)!;
  };

  const docTitle = documentTitle(ctx.doc);
  const facts = metaFacts(ctx.doc);
  const metaTitle = facts.title ?? (docTitle ? stripSiteSuffix(docTitle) : null);
  const summaries = hits.filter((h) => h.kind === 'summary' && onPage(h.line));
  heading = mainHeading(headings, metaTitle);
  if (!heading && summaries.length === 1 && !isCard(summaries[0]!.line)) {
    heading = ownerOf(summaries[0]!.line);
  }
  const headLine = heading ? heading.line : -1;
  const title = heading ? heading.text : summaries.length === 1 ? (metaTitle ?? '') : '';
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
  const stop = later[0] ? Math.min(later[0].line, end) : end;

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
  if (cards.length >= 3 && !bodyText.text) return LISTING;

  const dateHit = hits.find((h) => own(h, 'published'));
  const dateValue = dateHit ? valueOf(dateHit) : null;
  const sourceHit = hits.find((h) => own(h, 'source'));
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
      summary: summary ? truncate(summary.text, MAX_SUMMARY) : null,
      keywords: keywordsHit ? keywordsOf(valueOf(keywordsHit)) : facts.keywords,
      aiGenerated,
      bodyText: bodyText.text,
      related: region ? extractRelated(lines, region, hits, ctx.base, ctx.selfUrls) : [],
    },
    bodyLines: bodyText.used,
  };
}

/** Separate tag links when the value is made of links, else the value text split into words. */
function keywordsOf(value: LabelValue | null): string[] {
  if (!value) return [];
  const links: Element[] = [];
  for (const p of value.pieces) {
    const a = p.node.parentElement?.closest('a');
    if (a && !links.includes(a)) links.push(a);
  }
  const linkText = links.map((a) => plainText(a, 1000));
  const covered = linkText.join('').replace(/\s/g, '').length;
  const total = value.text.replace(/[\s,，、;；|｜]/gu, '').length;
  if (links.length && covered * 2 >= total) return cleanKeywords(linkText);
  return splitKeywords(value.text);
}
