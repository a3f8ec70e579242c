/**
 * The cheap negative check that runs on every page: does this page look like an article at all?
 * Kept apart from the extractor so the part of the content script that runs everywhere stays small.
 */
import { isArticleNode, ldNodes, parseLdScripts } from './jsonld';

/** The quick-read summary label (also in `LABELS.summary`). */
export const SUMMARY_LABEL = '快速阅读';

/** Cheap: does the `<head>` declare an article (og:type=article or a JSON-LD article)? */
export function hasArticleHead(doc: Document): boolean {
  const head = doc.head;
  if (!head) return false;
  for (const m of Array.from(head.querySelectorAll('meta[content]'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:type' && /^article$/i.test((m.getAttribute('content') ?? '').trim()))
      return true;
  }
  return parseLdScripts(head).some((b) => ldNodes(b).some(isArticleNode));
}

/*
 * On every page, each DOM interface the extension's world touches for the first time costs script
 * time (the first element alone ~0.8 ms on a large page), and a selector matched over a 2 MB
 * document ~2.5 ms. So the every-page check reads the title, asks the browser's XPath engine for
 * the declared language (no element touched), and reads text only on pages that may be Chinese.
 */
function xpathString(doc: Document, expression: string): string | null {
  if (typeof doc.evaluate !== 'function') return null; // test DOMs without XPath
  try {
    return doc.evaluate(expression, doc, null, 2 /* STRING_TYPE */, null).stringValue;
  } catch {
    return null;
  }
}

/** Han characters (CJK Unified Ideographs and Extension A). */
const HAN = /[\u3400-\u9fff]/;

/**
 * Cheap: may the page be in Chinese (a Han character in its title, or a Chinese language declared
 * on its root)? The quick-read label is Chinese: the every-page check reads no other page's text.
 */
export function mayBeChinese(doc: Document): boolean {
  if (HAN.test(doc.title)) return true;
  const declared = xpathString(doc, 'string(/*/@lang)');
  return /^zh\b/i.test(declared ?? doc.documentElement?.lang ?? '');
}

/** Cheap: the page text mentions the quick-read summary label. */
export function hasQuickreadText(doc: Document): boolean {
  return (doc.body?.textContent ?? '').includes(SUMMARY_LABEL);
}

/**
 * The same question over the first `budget` characters of the body's text only, so its cost
 * does not grow with the page: an article's own summary label comes right after its title.
 * The label is also found when it is split over two text nodes (`<b>快速</b>阅读`).
 */
export function hasQuickreadTextEarly(doc: Document, budget: number): boolean {
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const keep = SUMMARY_LABEL.length - 1;
  let tail = '';
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < budget; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (text.includes(SUMMARY_LABEL)) return true;
    if (tail && (tail + text.slice(0, keep)).includes(SUMMARY_LABEL)) return true;
    tail = text.length >= keep ? text.slice(-keep) : (tail + text).slice(-keep);
    seen += text.length;
  }
  return false;
}

/**
 * False means `extractArticle` will return null. Looks only at `<head>` and the body's text,
 * without walking the DOM.
 */
export function looksLikeArticle(doc: Document): boolean {
  try {
    return hasArticleHead(doc) || hasQuickreadText(doc);
  } catch {
    return false;
  }
}

/**
 * The check on every page: may it be a quick-read article? Only pages that may be Chinese are
 * read, and only their first `textBudget` characters. Other articles (JSON-LD, OpenGraph) are
 * recognized when the reader asks (popup, side panel, a selection): on the page itself nothing
 * would show for them, and the background marks saved pages and paints highlights by itself.
 */
export function mayBeQuickread(doc: Document, textBudget: number): boolean {
  try {
    return mayBeChinese(doc) && hasQuickreadTextEarly(doc, textBudget);
  } catch {
    return false;
  }
}
