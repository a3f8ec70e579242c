/**
 * Keywords from a `关键词` value: separate tag texts when the page has them, else the label text
 * split on separators, else (run-together text such as `14Ai挖走离职骨干`) split into words with
 * `Intl.Segmenter('zh', { granularity: 'word' })`.
 */
import { normalizeSpace, truncate } from './text';

export const MAX_KEYWORDS = 200;
export const MAX_KEYWORD_LENGTH = 200;

const SEPARATORS = /[\s,，、;；|｜]+/u;
/** Run-together text at least this long is split into words; shorter text is one keyword. */
const SEGMENT_MIN_LENGTH = 7;

/** Trim, drop empties and duplicates (first wins), cap count and length. */
export function cleanKeywords(words: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of words) {
    const k = truncate(normalizeSpace(w).replace(/^[#＃]+/u, ''), MAX_KEYWORD_LENGTH);
    if (!k || seen.has(k.toLowerCase())) continue;
    seen.add(k.toLowerCase());
    out.push(k);
    if (out.length >= MAX_KEYWORDS) break;
  }
  return out;
}

/** Word-like segments of `text` (Chinese word segmentation), or `[text]` without `Intl.Segmenter`. */
export function segmentWords(text: string): string[] {
  const Segmenter = typeof Intl === 'object' ? Intl.Segmenter : undefined;
  if (typeof Segmenter !== 'function') return [text];
  const words: string[] = [];
  for (const s of new Segmenter('zh', { granularity: 'word' }).segment(text)) {
    if (s.isWordLike) words.push(s.segment);
  }
  return words;
}

/** Split one keywords line into keywords. */
export function splitKeywords(text: string): string[] {
  const t = normalizeSpace(text).slice(0, 20_000);
  if (!t) return [];
  if (SEPARATORS.test(t)) return cleanKeywords(t.split(SEPARATORS));
  if (t.length < SEGMENT_MIN_LENGTH) return cleanKeywords([t]);
  return cleanKeywords(segmentWords(t));
}
