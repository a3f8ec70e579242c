/**
 * A whitespace-free view of a text, so quotes can be found again after a page changes how it
 * lays out spaces, line breaks and indentation.
 */

/** A text with all whitespace removed and, for each remaining char, its offset in the original. */
export interface CompactText {
  readonly text: string;
  readonly toRaw: Int32Array;
}

/** Whitespace as in the `\s` class, plus the zero-width space. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The chars {@link isWhitespace} accepts, as a pattern (JS `\s` plus the zero-width space). */
const WHITESPACE_RUN = /[\s\u200b]+/g;

/** `text` without whitespace. */
export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, '');
}

export function compactText(raw: string): CompactText {
  const text = stripWhitespace(raw);
  const toRaw = new Int32Array(text.length);
  let count = 0;
  for (let i = 0; i < raw.length; i += 1) {
    if (!isWhitespace(raw.charCodeAt(i))) {
      toRaw[count] = i;
      count += 1;
    }
  }
  return { text, toRaw };
}

/** The compact offset of the first non-whitespace char at or after raw offset `rawOffset`. */
export function toCompactOffset(compact: CompactText, rawOffset: number): number {
  const { toRaw } = compact;
  let lo = 0;
  let hi = toRaw.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toRaw[mid] as number) < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The raw `[start, end)` covering compact `[start, end)`. */
export function toRawSpan(
  compact: CompactText,
  start: number,
  end: number,
): { start: number; end: number } {
  const rawStart = compact.toRaw[start] as number;
  const rawEnd = (compact.toRaw[Math.max(start, end - 1)] as number) + 1;
  return { start: rawStart, end: rawEnd };
}
