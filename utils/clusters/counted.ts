/**
 * A multiset of 32-bit values kept as two typed arrays: the distinct values, ascending, and how
 * many times each is held (`null`: once each, as an article's own shingles are). A story's
 * centroid (how many of its articles hold each shingle) and its LSH band keys are kept this way:
 * no map per story and no boxed numbers, so a rebuild of tens of thousands of stories leaves the
 * garbage collector little to do.
 */
import { keep, keep16 } from './arena';

export interface Counted {
  values: Uint32Array;
  counts: Uint16Array | null;
}

export const NOTHING: Counted = { values: new Uint32Array(0), counts: null };

/** Merge output, grown as needed and copied out (one pair of buffers for every merge). */
let outValues = new Uint32Array(1024);
let outCounts = new Uint16Array(1024);

function room(n: number): void {
  if (outValues.length >= n) return;
  const size = Math.max(n, outValues.length * 2);
  outValues = new Uint32Array(size);
  outCounts = new Uint16Array(size);
}

/** `sorted` (ascending, repeats allowed) as a multiset; kept as it is when nothing repeats. */
export function countedOf(sorted: Uint32Array): Counted {
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) return change(NOTHING, sorted, 1);
  }
  return { values: sorted, counts: null };
}

/**
 * `into` with the values of `sorted` (ascending, repeats allowed) added (`by` 1) or taken out
 * (`by` -1). `changed(v)` hears of each value that comes in (was not held) or goes (is no longer
 * held), in ascending order.
 */
export function change(
  into: Counted,
  sorted: Uint32Array,
  by: 1 | -1,
  changed?: (value: number) => void,
): Counted {
  const { values, counts } = into;
  room(values.length + sorted.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < values.length || j < sorted.length) {
    if (j >= sorted.length || (i < values.length && values[i]! < sorted[j]!)) {
      outValues[k] = values[i]!;
      outCounts[k++] = counts ? counts[i]! : 1;
      i++;
      continue;
    }
    const v = sorted[j]!;
    let times = 0;
    for (; j < sorted.length && sorted[j] === v; j++) times++;
    let before = 0;
    if (i < values.length && values[i] === v) {
      before = counts ? counts[i]! : 1;
      i++;
    }
    const after = Math.max(0, before + by * times);
    if ((before === 0) !== (after === 0)) changed?.(v);
    if (after === 0) continue;
    outValues[k] = v;
    outCounts[k++] = after;
  }
  return { values: keep(outValues, k), counts: keep16(outCounts, k) };
}

/**
 * The sum, over the values of `distinct` (ascending, no repeats), of how many times `counted`
 * holds each: the shingles an article shares with a story, counted once per article holding them.
 */
export function sharedCount(distinct: Uint32Array, counted: Counted): number {
  const { values, counts } = counted;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < distinct.length && j < values.length) {
    const a = distinct[i]!;
    const b = values[j]!;
    if (a === b) {
      shared += counts ? counts[j]! : 1;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared;
}

/** Sort `a[0, n)` in place, ascending (insertion sort for the few dozen values of one text). */
export function sortFirst(a: Uint32Array, n: number = a.length): Uint32Array {
  if (n > 64) {
    a.subarray(0, n).sort();
    return a;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    for (; j >= 0 && a[j]! > v; j--) a[j + 1] = a[j]!;
    a[j + 1] = v;
  }
  return a;
}
