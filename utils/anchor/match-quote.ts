/**
 * Scoring of candidate places for a quote: how similar the text there is to the quote, how well
 * the text around it matches the saved prefix and suffix, and how close it is to where the quote
 * used to be. Pure string functions.
 */
import { MAX_QUOTE_OCCURRENCES } from '../limits';

/** What is known about where a quote was. */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Offset where the quote used to start. */
  hint: number;
}

export interface ScoredMatch {
  start: number;
  end: number;
  /** 1 − errors / quote length. */
  quoteScore: number;
  /** Mean similarity of prefix and suffix to the text around the match. */
  contextScore: number;
  /** Weighted total, in [0, 1]. */
  score: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Quotes at least this long are trusted without matching context when found exactly. */
const LONG_EXACT_QUOTE = 24;
/** Approximate quotes at least this long and this similar are trusted without context. */
const LONG_FUZZY_QUOTE = 32;

/**
 * Similarity in [0, 1] of `pattern` to the start of `text`: 1 − edit distance / pattern length,
 * where the alignment must begin at `text[0]` but may end anywhere.
 */
export function leadingSimilarity(pattern: string, text: string): number {
  const m = pattern.length;
  if (m === 0) return 1;
  const n = text.length;
  let prev = new Uint16Array(n + 1);
  let curr = new Uint16Array(n + 1);
  for (let j = 0; j <= n; j += 1) prev[j] = j;
  for (let i = 1; i <= m; i += 1) {
    curr[0] = i;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const sub = (prev[j - 1] as number) + (text.charCodeAt(j - 1) === pc ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (curr[j - 1] as number) + 1;
      curr[j] = Math.min(sub, del, ins);
    }
    [prev, curr] = [curr, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j += 1) best = Math.min(best, prev[j] as number);
  return 1 - best / m;
}

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i -= 1) out += text[i];
  return out;
}

function contextWindow(length: number): number {
  return Math.ceil(length * 1.25) + 1;
}

/** How well the saved prefix matches the text that ends at `start`. */
export function prefixScore(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return 1;
  if (text.slice(Math.max(0, start - prefix.length), start) === prefix) return 1;
  const before = text.slice(Math.max(0, start - contextWindow(prefix.length)), start);
  return leadingSimilarity(reverse(prefix), reverse(before));
}

/** How well the saved suffix matches the text that starts at `end`. */
export function suffixScore(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return 1;
  if (text.startsWith(suffix, end)) return 1;
  return leadingSimilarity(suffix, text.slice(end, end + contextWindow(suffix.length)));
}

export function scoreMatch(
  text: string,
  start: number,
  end: number,
  errors: number,
  quoteLength: number,
  context: QuoteContext,
): ScoredMatch {
  const quoteScore = quoteLength > 0 ? Math.max(0, 1 - errors / quoteLength) : 0;
  const p = prefixScore(text, start, context.prefix);
  const s = suffixScore(text, end, context.suffix);
  const distance = Math.abs(start - context.hint);
  const positionScore = 1 - Math.min(1, distance / Math.max(1, text.length));
  const score =
    (QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * p +
      SUFFIX_WEIGHT * s +
      POSITION_WEIGHT * positionScore) /
    TOTAL_WEIGHT;
  return { start, end, quoteScore, contextScore: (p + s) / 2, score };
}

/** Whether a match is good enough to attach a highlight to, rather than leave it an orphan. */
export function isConfident(match: ScoredMatch, quoteLength: number): boolean {
  if (match.quoteScore >= 1) {
    return match.contextScore >= 0.5 || quoteLength >= LONG_EXACT_QUOTE;
  }
  if (match.quoteScore < 0.75) return false;
  return match.contextScore >= 0.6 || (match.quoteScore >= 0.9 && quoteLength >= LONG_FUZZY_QUOTE);
}

export function bestOf(matches: Iterable<ScoredMatch>): ScoredMatch | null {
  let best: ScoredMatch | null = null;
  for (const m of matches) if (!best || m.score > best.score) best = m;
  return best;
}

const MAX_SCORED = 16;

function commonTail(a: string, text: string, end: number): number {
  let n = 0;
  while (n < a.length && end - n > 0 && a[a.length - 1 - n] === text[end - 1 - n]) n += 1;
  return n;
}

function commonHead(a: string, text: string, start: number): number {
  let n = 0;
  while (n < a.length && start + n < text.length && a[n] === text[start + n]) n += 1;
  return n;
}

/** How far from the old place a copy with intact context is looked for before all copies. */
const LOCAL_RADIUS = 65536;

/** An exact copy near `context.hint` whose prefix and suffix are intact, if any. */
function findLocalIntact(text: string, quote: string, context: QuoteContext): number {
  const to = context.hint + LOCAL_RADIUS;
  let i = text.indexOf(quote, Math.max(0, context.hint - LOCAL_RADIUS));
  for (; i !== -1 && i <= to; i = text.indexOf(quote, i + 1)) {
    const end = i + quote.length;
    if (
      commonTail(context.prefix, text, i) === context.prefix.length &&
      commonHead(context.suffix, text, end) === context.suffix.length
    ) {
      return i;
    }
  }
  return -1;
}

/** The best-scoring exact occurrence of `quote` in `text`, or null when there is none. */
export function findExactQuote(
  text: string,
  quote: string,
  context: QuoteContext,
): ScoredMatch | null {
  if (quote.length === 0) return null;
  const local = findLocalIntact(text, quote, context);
  if (local >= 0) return scoreMatch(text, local, local + quote.length, 0, quote.length, context);
  const starts: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    starts.push(i);
    if (starts.length >= MAX_QUOTE_OCCURRENCES) break;
  }
  if (starts.length === 0) return null;
  let candidates = starts;
  if (starts.length > MAX_SCORED) {
    // Rank cheaply by how many context chars match exactly, then by distance to the old place.
    const rank = (s: number) =>
      commonTail(context.prefix, text, s) + commonHead(context.suffix, text, s + quote.length);
    const ranked = starts.map((s) => ({ s, r: rank(s), d: Math.abs(s - context.hint) }));
    ranked.sort((a, b) => b.r - a.r || a.d - b.d);
    candidates = ranked.slice(0, MAX_SCORED).map((c) => c.s);
  }
  return bestOf(
    candidates.map((s) => scoreMatch(text, s, s + quote.length, 0, quote.length, context)),
  );
}
