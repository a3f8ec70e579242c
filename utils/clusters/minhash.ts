import { mix32 } from './shingles';

/**
 * One-permutation MinHash: every shingle is hashed once and falls into one of `BINS` bins by its
 * hash; a bin keeps its smallest hash. Empty bins borrow from the next non-empty bin (rotation),
 * so two sets agree on a bin about as often as their Jaccard similarity. Cost: one pass over the
 * shingles, not one per hash function.
 */
const BIN_BITS = 6;
export const BINS = 1 << BIN_BITS;
/** Bins per LSH band: two sets land in one bucket when they agree on every bin of a band. */
export const ROWS = 2;
export const BANDS = BINS / ROWS;

const EMPTY = 0xffffffff;
/** The bins before rotation (one buffer for every signature). */
const filled = new Uint32Array(BINS);

/** The signature of `shingles`, written into `sig` (a new array unless given). */
export function signature(shingles: Uint32Array, sig = new Uint32Array(BINS)): Uint32Array {
  sig.fill(EMPTY);
  for (let i = 0; i < shingles.length; i++) {
    const h = mix32(shingles[i]! ^ 0x9e3779b9);
    const bin = h & (BINS - 1);
    const value = h >>> BIN_BITS;
    if (value < sig[bin]!) sig[bin] = value;
  }
  if (shingles.length === 0) return sig;
  filled.set(sig);
  for (let bin = 0; bin < BINS; bin++) {
    if (filled[bin] !== EMPTY) continue;
    let steps = 1;
    while (filled[(bin + steps) & (BINS - 1)] === EMPTY) steps++;
    // Offset by the distance, so sets that borrow from different bins rarely agree by chance.
    sig[bin] = mix32(filled[(bin + steps) & (BINS - 1)]! + Math.imul(steps, 0x61c88647)) >>> 1;
  }
  return sig;
}

/** The share of bins on which two signatures agree: an estimate of their Jaccard similarity. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < BINS; i++) if (a[i] === b[i]) same++;
  return same / BINS;
}

const BAND_SEEDS = Uint32Array.from({ length: BANDS }, (_, band) => mix32(band + 1));

/**
 * The bucket key of each band of a signature (band number mixed in, so bands never share),
 * written into `keys` (a new array unless given).
 */
export function bandKeys(sig: Uint32Array, keys = new Uint32Array(BANDS)): Uint32Array {
  for (let band = 0; band < BANDS; band++) {
    let h = BAND_SEEDS[band]!;
    for (let r = 0; r < ROWS; r++) h = mix32(h ^ sig[band * ROWS + r]!);
    keys[band] = h;
  }
  return keys;
}
