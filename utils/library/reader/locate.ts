import { compactText, toCompactOffset, toRawSpan } from '../../anchor/whitespace';
import { findExactQuote } from '../../anchor/match-quote';
import type { Selector } from '../../schemas/records';

/** Which part of a saved article a highlight sits in. */
export type TextPart = 'body' | 'summary';

export interface Located {
  part: TextPart;
  start: number;
  end: number;
}

/** The saved texts a highlight can be found in: the body, then the quick-read summary. */
export interface SavedTexts {
  bodyText: string;
  summary: string | null;
}

/**
 * Where `selector`'s quote is in `text`: at its saved position when the quote is still there,
 * else the exact occurrence whose context matches best, else the same ignoring whitespace (the
 * page's text and the saved text may lay out spaces and line breaks differently).
 */
export function locateIn(text: string, selector: Selector): { start: number; end: number } | null {
  const { start, end, exact, prefix, suffix } = selector;
  if (!exact) return null;
  if (text.slice(start, end) === exact) return { start, end };
  const context = { prefix, suffix, hint: start };
  const found = findExactQuote(text, exact, context);
  if (found) return { start: found.start, end: found.end };
  const compact = compactText(text);
  const quote = compactText(exact).text;
  if (!quote) return null;
  const squeezed = findExactQuote(compact.text, quote, {
    prefix: compactText(prefix).text,
    suffix: compactText(suffix).text,
    hint: toCompactOffset(compact, start),
  });
  return squeezed ? toRawSpan(compact, squeezed.start, squeezed.end) : null;
}

/** Where a highlight is in the saved article: its body, or the quick-read summary box. */
export function locateHighlight(texts: SavedTexts, selector: Selector): Located | null {
  const inBody = locateIn(texts.bodyText, selector);
  if (inBody) return { part: 'body', ...inBody };
  const inSummary = texts.summary ? locateIn(texts.summary, selector) : null;
  return inSummary ? { part: 'summary', ...inSummary } : null;
}
