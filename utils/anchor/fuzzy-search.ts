/**
 * Approximate search for a quote whose text was edited. Searching a whole long article is costly,
 * so the search looks near the old place first, then around exact hits of short pieces of the
 * quote, and scans everything only while a shared work budget allows.
 */
import approxSearch from 'approx-string-match';
import {
  bestOf,
  isConfident,
  scoreMatch,
  type QuoteContext,
  type ScoredMatch,
} from './match-quote';

/** Work allowance for whole-text scans, in text chars × 32-char pattern blocks. */
export interface ScanBudget {
  remaining: number;
}

export const DEFAULT_SCAN_BUDGET = 2_000_000;
/** A single whole-text scan is never larger than this. */
const MAX_SINGLE_SCAN = 300_000;
const NEAR_RADIUS = 1024;
const LOCAL_RADIUS = 65536;
const MAX_PIECES = 8;
const MAX_HITS_PER_PIECE = 64;
const MAX_SEED_WINDOWS = 24;
const MAX_MATCHES_SCORED = 32;

export function maxErrorsFor(quoteLength: number): number {
  return Math.min(256, Math.floor(quoteLength / 4));
}

function searchWindow(
  text: string,
  quote: string,
  context: QuoteContext,
  from: number,
  to: number,
  maxErrors: number,
): ScoredMatch | null {
  const start = Math.max(0, from);
  const window = text.slice(start, Math.min(text.length, to));
  if (window.length === 0) return null;
  const matches = approxSearch(window, quote, maxErrors).slice(0, MAX_MATCHES_SCORED);
  return bestOf(
    matches.map((m) =>
      scoreMatch(text, start + m.start, start + m.end, m.errors, quote.length, context),
    ),
  );
}

/**
 * Windows around places in `text[from, to)` where several short pieces of the quote occur
 * exactly, as offsets into `text`.
 */
function seedWindows(
  text: string,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
): Array<[number, number]> {
  const region = text.slice(from, to);
  const m = quote.length;
  const pieceLength = Math.min(12, Math.max(4, Math.floor(m / 8)));
  const pieceCount = Math.floor(m / pieceLength);
  const step = Math.max(1, Math.floor(pieceCount / MAX_PIECES));
  const votes = new Map<number, number>();
  for (let p = 0; p < pieceCount; p += step) {
    const offset = p * pieceLength;
    const piece = quote.slice(offset, offset + pieceLength);
    const hits: number[] = [];
    for (let i = region.indexOf(piece); i !== -1; i = region.indexOf(piece, i + 1)) {
      hits.push(from + i - offset);
      if (hits.length > MAX_HITS_PER_PIECE) break;
    }
    if (hits.length > MAX_HITS_PER_PIECE) continue;
    for (const h of hits) votes.set(h, (votes.get(h) ?? 0) + 1);
  }
  const clusters: Array<{ from: number; to: number; votes: number }> = [];
  for (const start of [...votes.keys()].sort((a, b) => a - b)) {
    const last = clusters[clusters.length - 1];
    const v = votes.get(start) ?? 0;
    if (last && start - last.to <= maxErrors) {
      last.to = start;
      last.votes += v;
    } else {
      clusters.push({ from: start, to: start, votes: v });
    }
  }
  clusters.sort((a, b) => b.votes - a.votes);
  const pad = maxErrors + 4;
  return clusters
    .slice(0, MAX_SEED_WINDOWS)
    .map((c): [number, number] => [c.from - pad, c.to + m + pad]);
}

/**
 * The best confident approximate match of `quote` in `text`, or null. `quote` is expected not to
 * occur exactly (exact search comes first).
 */
export function findFuzzyQuote(
  text: string,
  quote: string,
  context: QuoteContext,
  budget: ScanBudget,
): ScoredMatch | null {
  const maxErrors = maxErrorsFor(quote.length);
  if (maxErrors === 0 || text.length === 0) return null;
  const accept = (m: ScoredMatch | null) => (m && isConfident(m, quote.length) ? m : null);

  const radius = Math.max(NEAR_RADIUS, quote.length);
  const near = accept(
    searchWindow(
      text,
      quote,
      context,
      context.hint - radius,
      context.hint + quote.length + radius,
      maxErrors,
    ),
  );
  if (near) return near;

  const searchSeeds = (from: number, to: number) =>
    accept(
      bestOf(
        seedWindows(text, quote, maxErrors, from, to).flatMap((w) => {
          const m = searchWindow(text, quote, context, w[0], w[1], maxErrors);
          return m ? [m] : [];
        }),
      ),
    );
  const localFrom = Math.max(0, context.hint - LOCAL_RADIUS);
  const localTo = Math.min(text.length, context.hint + quote.length + LOCAL_RADIUS);
  const local = searchSeeds(localFrom, localTo);
  if (local) return local;
  if (localFrom > 0 || localTo < text.length) {
    const global = searchSeeds(0, text.length);
    if (global) return global;
  }

  const cost = text.length * Math.ceil(maxErrors / 32);
  if (cost > MAX_SINGLE_SCAN || cost > budget.remaining) return null;
  budget.remaining -= cost;
  return accept(searchWindow(text, quote, context, 0, text.length, maxErrors));
}
