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

/** Cheap: the page text mentions the quick-read summary label. */
export function hasQuickreadText(doc: Document): boolean {
  return (doc.body?.textContent ?? '').includes(SUMMARY_LABEL);
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
