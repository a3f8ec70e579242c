/**
 * The quick-read format: title, `发布时间:… 来源:…`, `快速阅读: <summary>`, body, `(以上内容均由AI生成)`,
 * `关键词: …`, `你可能还想读` + related cards. Everything is found from the label texts, in document
 * order, relative to the article's headline: the summary is the first `快速阅读` after the headline
 * that is not in page chrome, comments or the related section, and not a card's (under another
 * article's linked heading, or right after a link to another article: `listing.ts`). Without a
 * headline heading, the title comes from the page title or the line above the first label
 * (`headline.ts`). Sections and comment threads are cut from the structure (`region.ts`); the page is
 * read in `quickread-page.ts`, its headline found in `quickread-head.ts`, its body's end in
 * `quickread-span.ts`.
 */
import { articleKeywords, keywordsOf } from './keywords';
import { type BodyText, bodyFromLines } from './body';
import type { Extraction, PageContext } from './context';
import { metaFacts } from './generic';
import { type LabelValue, firstMetaValue, hasAiNotice, valueDate } from './labels';
import { MAX_SOURCE, MAX_SUMMARY, MAX_TITLE } from './limits';
import { type Line, ZONE_CAPTION, ZONE_FRAME, lineIn } from './lines';
import { documentTitle, sameText, stripSiteSuffix } from './meta';
import { extractRelated } from './related';
import { type Headline, findHeadline, labelAboveHead, ownLabel } from './quickread-head';
import { LISTING, OFF_ARTICLE, type QuickreadPage, readQuickreadPage } from './quickread-page';
import { bodySpan } from './quickread-span';
import { normalizeSpace, stripEllipsis, truncate } from './text';

export { LISTING } from './quickread-page';

type MetaFacts = ReturnType<typeof metaFacts>;

/** The body's text between the summary and `stop`: no chrome, frames, captions, date or title. */
function articleBody(
  page: QuickreadPage,
  title: string,
  start: number,
  stop: number,
  inContainer: (l: Line) => boolean,
): BodyText {
  const metaLines = new Set(
    page.hits.filter((h) => h.kind === 'published' || h.kind === 'source').map((h) => h.line),
  );
  const skip = OFF_ARTICLE | ZONE_FRAME | ZONE_CAPTION;
  return bodyFromLines(
    page.lines,
    start,
    stop,
    (l: Line) =>
      (l.zone & skip) === 0 &&
      !metaLines.has(l.index) &&
      inContainer(l) &&
      !sameText(l.text, title),
  );
}

/** The article's own date, source and keywords labels, and whether it declares AI text. */
function ownLabels(page: QuickreadPage, head: Headline) {
  return {
    dateHit: ownLabel(page, head, 'published') ?? labelAboveHead(page, head, 'published'),
    sourceHit: ownLabel(page, head, 'source') ?? labelAboveHead(page, head, 'source'),
    keywordsHit: ownLabel(page, head, 'keywords'),
    aiGenerated: page.lines.some((l, i) => page.onPage(i) && hasAiNotice(l.text)),
  };
}

function toArticle(
  page: QuickreadPage,
  title: string,
  summary: LabelValue | null,
  bodyText: string,
  labels: ReturnType<typeof ownLabels>,
  facts: MetaFacts,
) {
  const { ctx, valueOf, region } = page;
  const { dateHit, sourceHit, keywordsHit } = labels;
  const dateValue = dateHit ? valueOf(dateHit) : null;
  const sourceValue = sourceHit ? valueOf(sourceHit) : null;
  const source = sourceValue ? firstMetaValue(sourceValue.text) : '';
  const { keywords, keywordsText } = articleKeywords(
    keywordsHit ? keywordsOf(valueOf(keywordsHit)) : facts.keywords,
  );
  const article = {
    url: ctx.url,
    format: 'quickread' as const,
    title: truncate(normalizeSpace(title), MAX_TITLE),
    publishedAt: (dateValue && valueDate(dateValue)) ?? facts.publishedAt,
    source: truncate(source || facts.source || '', MAX_SOURCE) || null,
    summary: summary ? truncate(stripEllipsis(summary.text), MAX_SUMMARY) || null : null,
    keywords,
    aiGenerated: labels.aiGenerated,
    bodyText,
    related: region ? extractRelated(page.lines, region, page.hits, ctx.base, ctx.selfUrls) : [],
  };
  return { article, keywordsText };
}

export function extractQuickread(ctx: PageContext): Extraction | typeof LISTING | null {
  const body = ctx.doc.body;
  if (!body) return null;
  const page = readQuickreadPage(ctx, body);
  const { lines } = page;
  const docTitle = documentTitle(ctx.doc);
  const facts = metaFacts(ctx.doc);
  const head = findHeadline(page, facts.title ?? (docTitle ? stripSiteSuffix(docTitle) : null));
  const { title } = head;

  const summaryHit = title ? ownLabel(page, head, 'summary') : undefined;
  const cards = head.summaries.filter((h) => page.isCard(h.line, head.heading));
  if (!summaryHit) return cards.length >= 2 ? LISTING : null;
  const summary = page.valueOf(summaryHit);
  const start = (summary?.lastLine ?? summaryHit.line) + 1;

  const container =
    lines[summaryHit.line]!.block.closest('article') ??
    lines[summaryHit.line]!.block.closest('main, [role="main"]');
  const inContainer = (l: Line) => !container || lineIn(l, container);
  const span = bodySpan(page, head, summaryHit, start, inContainer);
  if (span === LISTING) return LISTING;
  const bodyText = articleBody(page, title, start, span.stop, inContainer);
  // Cards and no body: a listing (one card on a category page counts).
  if ((cards.length >= 3 || span.ownCard) && !bodyText.text) return LISTING;

  const labels = ownLabels(page, head);
  // A lone `快速阅读:` in some text is not the format: it comes with a date, source, tags or notice.
  if (!labels.dateHit && !labels.sourceHit && !labels.keywordsHit && !labels.aiGenerated)
    return null;
  const found = toArticle(page, title, summary, bodyText.text, labels, facts);
  return { ...found, bodyLines: bodyText.used };
}
