/**
 * Finding a saved selector again in a page: first at its saved position (checked against the
 * quote), then by the exact quote with its context, then ignoring whitespace, then approximately.
 * What cannot be found with confidence is an orphan (null).
 */
import type { Selector } from '../schemas/records';
import { DEFAULT_SCAN_BUDGET, findFuzzyQuote, type ScanBudget } from './fuzzy-search';
import { findExactQuote, isConfident, scoreMatch, type QuoteContext } from './match-quote';
import {
  buildTextIndex,
  rangeFromOffsets,
  snapBackward,
  snapForward,
  type TextIndex,
} from './text-position';
import {
  compactText,
  stripWhitespace,
  toCompactOffset,
  toRawSpan,
  type CompactText,
} from './whitespace';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorResult {
  range: Range;
  method: AnchorMethod;
}

/** Where a selector's quote is in the root's text. */
export interface TextSpan {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Anchors many selectors against one snapshot of a root's text. */
export interface Anchorer {
  readonly index: TextIndex;
  locate(selector: Selector): TextSpan | null;
  anchor(selector: Selector): AnchorResult | null;
}

function locateInRaw(text: string, selector: Selector): TextSpan | null {
  const { exact, prefix, suffix, start, end } = selector;
  const context: QuoteContext = { prefix, suffix, hint: start };
  if (end - start === exact.length && text.startsWith(exact, start)) {
    const m = scoreMatch(text, start, end, 0, exact.length, context);
    if (isConfident(m, exact.length)) return { start, end, method: 'position' };
  }
  const found = findExactQuote(text, exact, context);
  if (found && isConfident(found, exact.length)) {
    return { start: found.start, end: found.end, method: 'quote' };
  }
  return null;
}

function locateInCompact(
  compact: CompactText,
  selector: Selector,
  budget: ScanBudget,
): TextSpan | null {
  const quote = stripWhitespace(selector.exact);
  if (quote.length === 0) return null;
  const context: QuoteContext = {
    prefix: stripWhitespace(selector.prefix),
    suffix: stripWhitespace(selector.suffix),
    hint: toCompactOffset(compact, selector.start),
  };
  const exact = findExactQuote(compact.text, quote, context);
  if (exact && isConfident(exact, quote.length)) {
    return { ...toRawSpan(compact, exact.start, exact.end), method: 'quote' };
  }
  const fuzzy = findFuzzyQuote(compact.text, quote, context, budget);
  if (fuzzy) return { ...toRawSpan(compact, fuzzy.start, fuzzy.end), method: 'fuzzy' };
  return null;
}

/**
 * Takes one snapshot of `root`'s text; its results are valid until the page's text nodes change.
 * The whitespace-free view and the whole-text scan budget are shared by all selectors.
 */
export function createAnchorer(root: Element, scanBudget = DEFAULT_SCAN_BUDGET): Anchorer {
  const index = buildTextIndex(root);
  const budget: ScanBudget = { remaining: scanBudget };
  let compact: CompactText | null = null;

  const locate = (selector: Selector): TextSpan | null => {
    if (selector.exact.length === 0) return null;
    const raw = locateInRaw(index.text, selector);
    if (raw) return raw;
    compact ??= compactText(index.text);
    const found = locateInCompact(compact, selector, budget);
    if (!found) return null;
    const start = snapBackward(index.text, found.start);
    return {
      start,
      end: snapForward(index.text, Math.max(start, found.end)),
      method: found.method,
    };
  };

  return {
    index,
    locate,
    anchor(selector) {
      const span = locate(selector);
      if (!span) return null;
      const range = rangeFromOffsets(index, span.start, span.end);
      return range ? { range, method: span.method } : null;
    },
  };
}

/** The range a selector points to in `root` and how it was found, or null for an orphan. */
export function anchorWithMethod(root: Element, selector: Selector): AnchorResult | null {
  return createAnchorer(root).anchor(selector);
}

/** The range a selector points to in `root`, or null for an orphan. */
export function anchor(root: Element, selector: Selector): Range | null {
  return anchorWithMethod(root, selector)?.range ?? null;
}

/** Anchors many selectors with a single pass over `root`'s text; results keep input order. */
export function anchorAll(
  root: Element,
  selectors: readonly Selector[],
): Array<AnchorResult | null> {
  const anchorer = createAnchorer(root);
  return selectors.map((s) => anchorer.anchor(s));
}
