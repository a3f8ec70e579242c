/*
 * Character pairs ("grams") of folded text: what the kept body index lists. A term of two or
 * more UTF-16 units can only be in a text whose grams hold each of the term's grams, so the
 * index narrows a search to those texts; a term of one unit (or with a space inside) has no
 * gram of its own and is searched by reading the bodies.
 */

/** How many buckets the grams are spread over (one stored record per bucket and segment). */
export const GRAM_BUCKETS = 4096;

const SPACE = /\s/u;

/** The gram of the two UTF-16 units `a` and `b`, as one 32-bit number. */
export const gramOf = (a: number, b: number): number => ((a << 16) | b) >>> 0;

/** The bucket a gram is kept in. */
export function bucketOf(gram: number): number {
  const h = Math.imul(gram ^ (gram >>> 15), 0x2c1b3c6d);
  return ((h ^ (h >>> 12)) >>> 0) % GRAM_BUCKETS;
}

/** Whether the UTF-16 unit `c` is whitespace (never inside a query's term). */
function isSpace(c: number): boolean {
  if (c === 0x20 || c === 0x0a) return true;
  if (c < 0x80) return c >= 0x09 && c <= 0x0d;
  return SPACE.test(String.fromCharCode(c));
}

/**
 * Call `each` with every gram of `folded` that holds no whitespace, and where it starts (a UTF-16
 * offset), in order.
 */
export function forEachGram(folded: string, each: (gram: number, pos: number) => void): void {
  let prev = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isSpace(c)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) each(gramOf(prev, c), i - 1);
    prev = c;
  }
}

/**
 * The grams of a folded term, one for each offset in order (a gram may repeat), or null when
 * the index cannot answer for it (one unit, or whitespace inside).
 */
export function termGrams(term: string): number[] | null {
  if (term.length < 2) return null;
  for (let i = 0; i < term.length; i++) if (isSpace(term.charCodeAt(i))) return null;
  const grams: number[] = [];
  forEachGram(term, (g) => grams.push(g));
  return grams;
}

/**
 * The offsets of a term's grams (`count` of them, one for each offset, as `termGrams` gives
 * them) that cover every character of the term: every other offset, and the last. A text holds
 * the term where the grams at these offsets follow each other as in the term (each character is
 * in one of them), so only they are read: 5 grams of a 9-character term instead of 8.
 */
export function coverOffsets(count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k += 2) out.push(k);
  if (count > 0 && out[out.length - 1] !== count - 1) out.push(count - 1);
  return out;
}

/** The grams of `chain` (one for each offset of a term) at its covering offsets (`coverOffsets`). */
export const coverGrams = (chain: readonly number[]): number[] =>
  coverOffsets(chain.length).map((k) => chain[k]!);
