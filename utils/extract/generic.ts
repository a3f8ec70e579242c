/**
 * Any other article page, from JSON-LD, OpenGraph and `<meta>`: title, date, publisher, description,
 * keywords; body text from `<article>`, else `<main>`, else `<body>`, minus page chrome.
 */
import { bodyFromLines } from './body';
import type { Extraction, PageContext } from './context';
import { parseDate } from './dates';
import { type LdArticle, findLdArticle, parseLdScripts, readLdArticle } from './jsonld';
import { type FoundKeywords, articleKeywords, cleanKeywords, findKeywords } from './keywords';
import { LABELS, hasAiNotice } from './labels';
import { MAX_SOURCE, MAX_SUMMARY, MAX_TITLE } from './limits';
import { ZONE_CAPTION, ZONE_CHROME, ZONE_COMMENTS, ZONE_FRAME, buildLines } from './lines';
import { documentTitle, metaContent, metaContents, sameText, stripSiteSuffix } from './meta';
import { normalizeSpace, plainText, truncate } from './text';

/** Article facts from the document's metadata (JSON-LD first, then OpenGraph, then `<meta>`). */
export interface MetaFacts {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  summary: string | null;
  keywords: FoundKeywords;
}

export function metaFacts(doc: Document): MetaFacts {
  const node = findLdArticle(parseLdScripts(doc));
  const ld: LdArticle | null = node ? readLdArticle(node) : null;
  const ldKeywords = cleanKeywords(ld?.keywords ?? []);
  const metaKeywords = metaContent(doc, 'keywords', 'news_keywords');
  return {
    title: ld?.headline ?? metaContent(doc, 'og:title', 'twitter:title') ?? null,
    publishedAt:
      parseDate(ld?.datePublished) ??
      parseDate(
        metaContent(
          doc,
          'article:published_time',
          'datePublished',
          'pubdate',
          'publishdate',
          'dc.date.issued',
          'dc.date',
        ),
      ),
    source: ld?.publisher ?? metaContent(doc, 'og:site_name', 'application-name') ?? null,
    summary:
      ld?.description ?? metaContent(doc, 'og:description', 'description', 'twitter:description'),
    keywords: ldKeywords.length
      ? ldKeywords
      : metaKeywords
        ? findKeywords(metaKeywords)
        : cleanKeywords(metaContents(doc, 'article:tag')),
  };
}

/** The element that holds the article: the `<article>` with the headline, else `<main>`, else body. */
function contentRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const articles = Array.from(body.querySelectorAll('article')).filter(
    (a) => !a.parentElement?.closest('aside, nav, footer, article'),
  );
  const withH1 = articles.find((a) => a.querySelector('h1'));
  if (withH1) return withH1;
  if (articles.length === 1) return articles[0]!;
  if (articles.length > 1) {
    return articles.reduce((best, a) =>
      (a.textContent ?? '').length > (best.textContent ?? '').length ? a : best,
    );
  }
  return body.querySelector('main, [role="main"]') ?? body;
}

const RELATED_HEADING = new RegExp(
  `^(?:${LABELS.related}|相关阅读|相关文章|延伸阅读|related(?: articles| posts| stories)?|read more|more stories)[:：]?$`,
  'i',
);

export function extractGeneric(ctx: PageContext): Extraction | null {
  const { doc } = ctx;
  const facts = metaFacts(doc);
  const root = contentRoot(doc);
  if (!root) return null;
  const h1 = root.querySelector('h1') ?? doc.body?.querySelector('h1') ?? null;
  const h1Text = h1 ? plainText(h1, MAX_TITLE * 2) : '';
  const docTitle = documentTitle(doc);
  const title = normalizeSpace(
    facts.title ?? (h1Text || (docTitle ? stripSiteSuffix(docTitle) : '')),
  );
  if (!title) return null;

  const { lines } = buildLines(root);
  const skip = ZONE_CHROME | ZONE_COMMENTS | ZONE_FRAME | ZONE_CAPTION;
  let stop = lines.length;
  for (const l of lines) {
    if ((l.zone & ZONE_COMMENTS) !== 0 || RELATED_HEADING.test(l.text)) {
      stop = l.index;
      break;
    }
  }
  const body = bodyFromLines(lines, 0, stop, (l) => {
    if ((l.zone & skip) !== 0) return false;
    if (h1 && h1.contains(l.pieces[0]!.node)) return false;
    return !sameText(l.text, title);
  });
  const timeEl = root.querySelector('time[datetime]');
  const { keywords, keywordsText } = articleKeywords(facts.keywords);
  return {
    article: {
      url: ctx.url,
      format: 'generic',
      title: truncate(title, MAX_TITLE),
      publishedAt: facts.publishedAt ?? parseDate(timeEl?.getAttribute('datetime')),
      source: facts.source ? truncate(facts.source, MAX_SOURCE) : null,
      summary: facts.summary ? truncate(facts.summary, MAX_SUMMARY) : null,
      keywords,
      aiGenerated: lines.some((l) => (l.zone & ZONE_CHROME) === 0 && hasAiNotice(l.text)),
      bodyText: body.text,
      related: [],
    },
    bodyLines: body.used,
    keywordsText,
  };
}
