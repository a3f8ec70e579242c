/**
 * Keywords from a `关键词` value: separate tag texts when the page has them, else the label text
 * split on separators, else (run-together text such as `14Ai挖走离职骨干`) split into words with
 * `Intl.Segmenter('zh', { granularity: 'word' })`.
 *
 * The page side never splits words: the first word segmenter in a renderer process costs 45–85 ms
 * (the engine lists every locale it has), more than the rest of recognizing the page. Extractors
 * find keywords (`findKeywords`): a list, or the run-together text; the extension's side splits
 * that text (`wordKeywords`) when the article leaves the page (`background/page-answer.ts`).
 */
import type { LabelValue } from './labels';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS } from './limits';
import { MAX_KEYWORDS_LINE_CHARS } from '../limits';
import { normalizeSpace, plainText, truncate } from './text';

export { MAX_KEYWORD_LENGTH, MAX_KEYWORDS } from './limits';

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

/** Run-together keywords text, to be split into words (`wordKeywords`). */
export interface RunTogether {
  runTogether: string;
}
/** Keywords as an extractor finds them: a list, or run-together text whose words they are. */
export type FoundKeywords = string[] | RunTogether;

const lineText = (text: string) => normalizeSpace(text).slice(0, MAX_KEYWORDS_LINE_CHARS);

/** One keywords line: its keywords, or (run-together text) the text whose words they are. */
export function findKeywords(text: string): FoundKeywords {
  const t = lineText(text);
  if (!t) return [];
  if (SEPARATORS.test(t)) return cleanKeywords(t.split(SEPARATORS));
  if (t.length < SEGMENT_MIN_LENGTH) return cleanKeywords([t]);
  return { runTogether: t };
}

/** The keywords of run-together text: its words. */
export function wordKeywords(text: string): string[] {
  const t = lineText(text);
  return t ? cleanKeywords(segmentWords(t)) : [];
}

/** An article's keywords as found: the list, or none yet and the text whose words they are. */
export function articleKeywords(found: FoundKeywords): {
  keywords: string[];
  keywordsText: string | null;
} {
  return Array.isArray(found)
    ? { keywords: found, keywordsText: null }
    : { keywords: [], keywordsText: found.runTogether };
}

/** Separate tag links when the value is made of links, else the value text's keywords. */
export function keywordsOf(value: LabelValue | null): FoundKeywords {
  if (!value) return [];
  const links: Element[] = [];
  for (const p of value.pieces) {
    const a = p.node.parentElement?.closest('a');
    if (a && !links.includes(a)) links.push(a);
  }
  const linkText = links.map((a) => plainText(a, 1000));
  const covered = linkText.join('').replace(/\s/g, '').length;
  const total = value.text.replace(/[\s,，、;；|｜]/gu, '').length;
  if (links.length && covered * 2 >= total) return cleanKeywords(linkText);
  return findKeywords(value.text);
}
