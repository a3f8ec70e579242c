/**
 * Describing a selected range so it can be found again later: the quote with some context around
 * it, and its position in the root's text.
 */
import type { Selector } from '../schemas/records';
import {
  buildTextIndex,
  pointToOffset,
  snapBackward,
  snapForward,
  type TextIndex,
} from './text-position';
import { isWhitespace } from './whitespace';
import type { MessageKey } from '../i18n';
import { MAX_QUOTE_CHARS } from '../limits';

/** Chars of context saved on each side of a quote. */
export const CONTEXT_LENGTH = 32;

const CONSOLE_WORDS = {
  errSelectionEmpty: 'The selection contains no text.',
  errSelectionTooLong: 'The selection is too long.',
} as const;

/**
 * A selection that cannot become a highlight. It carries the key of its words; the page that
 * shows it words it in the reader's language (`utils/i18n-errors.ts`).
 */
export class SelectionError extends RangeError {
  /** The same key as a reply code, so it survives a trip over extension messaging. */
  readonly code: string;

  constructor(readonly messageKey: keyof typeof CONSOLE_WORDS & MessageKey) {
    super(CONSOLE_WORDS[messageKey]);
    this.name = 'SelectionError';
    this.code = messageKey;
  }
}

/** The text offsets of a range, trimmed of whitespace at both ends and never inside a surrogate pair. */
export function rangeToOffsets(index: TextIndex, range: Range): { start: number; end: number } {
  const { text } = index;
  let start = pointToOffset(index, range.startContainer, range.startOffset);
  let end = Math.max(start, pointToOffset(index, range.endContainer, range.endOffset));
  while (start < end && isWhitespace(text.charCodeAt(start))) start += 1;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end -= 1;
  start = snapBackward(text, start);
  return { start, end: snapForward(text, end) };
}

/** Like {@link describe}, with a text index that is already built. */
export function describeInIndex(index: TextIndex, range: Range): Selector {
  const { text } = index;
  const { start, end } = rangeToOffsets(index, range);
  if (end <= start) throw new SelectionError('errSelectionEmpty');
  if (end - start > MAX_QUOTE_CHARS) throw new SelectionError('errSelectionTooLong');
  const prefixStart = snapForward(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = snapBackward(text, Math.min(text.length, end + CONTEXT_LENGTH));
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

/**
 * The selector of `range` within `root`. Whitespace at the ends of the range is left out.
 * Throws a SelectionError (a RangeError) when the range holds no text or more than {@link MAX_QUOTE_CHARS} chars.
 */
export function describe(root: Element, range: Range): Selector {
  return describeInIndex(buildTextIndex(root), range);
}
