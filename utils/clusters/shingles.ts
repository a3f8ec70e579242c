import { sortFirst } from './counted';

/**
 * Character n-grams of the text that tells a story (title, quick-read summary, keywords), as
 * 32-bit hashes. CJK-aware: Chinese and Japanese write words without spaces and most words are
 * two characters, so CJK runs give character bigrams; Latin words (padded with a space each side,
 * so word starts and ends count) give character 4-grams, which also match `model`/`models`.
 * Calibrated on tests/fixtures/stories (docs/story-clusters.md).
 */
export const CJK_GRAM = 2;
export const LATIN_GRAM = 4;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SEPARATOR = 0;
const CJK = 1;
const WORD = 2;

/** Kana, CJK ideographs (and extension A, compatibility), Hangul syllables. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** What a non-ASCII UTF-16 unit is, worked out once per unit and kept (0: not yet known). */
const knownClass = new Uint8Array(0x10000);

/** What a (lower-cased) UTF-16 unit is: part of a CJK run, of a word, or a separator. */
function classOf(c: number): number {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) ? WORD : SEPARATOR;
  const known = knownClass[c]!;
  if (known !== 0) return known - 1;
  let kind = SEPARATOR;
  if (isCjk(c)) kind = CJK;
  else if (c >= 0xd800 && c <= 0xdfff)
    kind = SEPARATOR; // emoji and rare ideographs
  else if (WORD_CHAR.test(String.fromCharCode(c))) kind = WORD;
  knownClass[c] = kind + 1;
  return kind;
}

/** The runs of text to shingle: CJK runs and Latin/number words, NFKC, lower case. */
export function storyRuns(text: string): string[] {
  const s = text.normalize('NFKC').toLowerCase();
  const runs: string[] = [];
  let start = 0;
  let kind = SEPARATOR;
  for (let i = 0; i <= s.length; i++) {
    const next = i < s.length ? classOf(s.charCodeAt(i)) : SEPARATOR;
    if (next === kind) continue;
    if (kind !== SEPARATOR) runs.push(s.slice(start, i));
    start = i;
    kind = next;
  }
  return runs;
}

/** FNV-1a over UTF-16 code units, finished with a murmur3 mix so nearby strings spread out. */
export function hashString(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** murmur3's 32-bit finalizer. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SPACE = 0x20;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * `hashString` of the run `s[from, to)`, padded with a space each side when `padded`: the same
 * number, without building the padded string.
 */
function hashRun(s: string, from: number, to: number, padded: boolean): number {
  let h = FNV_OFFSET;
  if (padded) h = Math.imul(h ^ SPACE, FNV_PRIME);
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  if (padded) h = Math.imul(h ^ SPACE, FNV_PRIME);
  return mix32(h);
}

/** The character bigrams of the CJK run `s[from, to)` into `out` from `at`; answers where next. */
function writeCjkGrams(out: Uint32Array, at: number, s: string, from: number, to: number): number {
  if (to - from <= CJK_GRAM) {
    out[at] = hashRun(s, from, to, false);
    return at + 1;
  }
  for (let i = from; i + CJK_GRAM <= to; i++) out[at++] = hashRun(s, i, i + CJK_GRAM, false);
  return at;
}

/**
 * The 4-grams of the word `s[from, to)` padded with a space each side (` ${word} `) into `out`
 * from `at`; answers where the next one goes.
 */
function writeWordGrams(out: Uint32Array, at: number, s: string, from: number, to: number): number {
  const padded = to - from + 2;
  if (padded <= LATIN_GRAM) {
    out[at] = hashRun(s, from, to, true);
    return at + 1;
  }
  // Padded position p is the space before the word (p = 0), s[from + p - 1], or the space after.
  const last = padded - 1;
  for (let g = 0; g + LATIN_GRAM <= padded; g++) {
    let h = FNV_OFFSET;
    for (let p = g; p < g + LATIN_GRAM; p++) {
      h = Math.imul(h ^ (p === 0 || p === last ? SPACE : s.charCodeAt(from + p - 1)), FNV_PRIME);
    }
    out[at++] = mix32(h);
  }
  return at;
}

/** Room for the shingles of one text (grown as needed, one buffer for every text). */
let grams = new Uint32Array(1024);

/**
 * The distinct shingles of `text`, sorted (ascending hashes). The answer is a view into a buffer
 * that the next call overwrites unless `copy` (the default) says to copy it out.
 */
export function shingles(
  text: string,
  copy: (grams: Uint32Array) => Uint32Array = (g) => g.slice(),
): Uint32Array {
  const s = text.normalize('NFKC').toLowerCase();
  if (grams.length < s.length + 2)
    grams = new Uint32Array(Math.max(s.length + 2, grams.length * 2));
  let k = 0;
  let start = 0;
  let kind = SEPARATOR;
  for (let i = 0; i <= s.length; i++) {
    const next = i < s.length ? classOf(s.charCodeAt(i)) : SEPARATOR;
    if (next === kind) continue;
    if (kind === CJK) k = writeCjkGrams(grams, k, s, start, i);
    else if (kind === WORD) k = writeWordGrams(grams, k, s, start, i);
    start = i;
    kind = next;
  }
  return copy(grams.subarray(0, distinct(sortFirst(grams, k), k)));
}

/** Drop repeats from the sorted `a[0, n)`, in place; answers how many are left. */
function distinct(a: Uint32Array, n: number): number {
  let unique = 0;
  for (let i = 0; i < n; i++) if (unique === 0 || a[i] !== a[unique - 1]) a[unique++] = a[i]!;
  return unique;
}

/** |a ∩ b| / |a ∪ b| of two sorted, distinct shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}
