/**
 * Character n-grams of the text that tells a story (title, quick-read summary, keywords), as
 * 32-bit hashes. CJK-aware: Chinese and Japanese write words without spaces and most words are
 * two characters, so CJK runs give character bigrams; Latin words (padded with a space each side,
 * so word starts and ends count) give character 4-grams, which also match `model`/`models`.
 * Calibrated on tests/fixtures/stories (docs/story-clusters.md).
 */
export const CJK_GRAM = 2;
export const LATIN_GRAM = 4;

const CJK_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const RUNS = new RegExp(`[${CJK_CHARS}]+|(?:(?![${CJK_CHARS}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');
const CJK = new RegExp(`[${CJK_CHARS}]`, 'u');

/** The runs of text to shingle: CJK runs and Latin/number words, NFKC, lower case. */
export function storyRuns(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(RUNS) ?? [];
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

function pushGrams(out: number[], text: string, n: number): void {
  if (text.length <= n) {
    out.push(hashString(text));
    return;
  }
  for (let i = 0; i + n <= text.length; i++) out.push(hashString(text, i, i + n));
}

/** The distinct shingles of `text`, sorted (ascending hashes). */
export function shingles(text: string): Uint32Array {
  const out: number[] = [];
  for (const run of storyRuns(text)) {
    if (CJK.test(run[0]!)) pushGrams(out, run, CJK_GRAM);
    else pushGrams(out, ` ${run} `, LATIN_GRAM);
  }
  const sorted = Uint32Array.from(out).sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (k === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i]!;
  }
  return sorted.slice(0, k);
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
