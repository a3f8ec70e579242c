import { bucketOf, forEachGram } from './grams';

/**
 * The grams of one bucket in one segment, and which of the segment's texts hold each: `grams`
 * sorted; the texts of `grams[i]` are varints in `docs` up to byte `ends[i]`, each the gap to
 * the text before it (the first from -1), so each text number is counted once, ascending.
 */
export interface GramBucket {
  grams: Uint32Array;
  ends: Uint32Array;
  docs: Uint8Array;
}

/** Which texts hold each gram, built one text at a time (text `i` is the `i`-th added). */
function postingsBuilder() {
  const postings = new Map<number, number[]>();
  let doc = 0;
  const note = (gram: number) => {
    const list = postings.get(gram);
    if (!list) postings.set(gram, [doc]);
    else if (list[list.length - 1] !== doc) list.push(doc);
  };
  return {
    postings,
    add(folded: string) {
      forEachGram(folded, note);
      doc++;
    },
  };
}

const varintBytes = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : 4);

function encodeBucket(grams: number[], postings: Map<number, number[]>): GramBucket {
  grams.sort((a, b) => a - b);
  let size = 0;
  for (const gram of grams) {
    let prev = -1;
    for (const doc of postings.get(gram)!) {
      size += varintBytes(doc - prev - 1);
      prev = doc;
    }
  }
  const docs = new Uint8Array(size);
  const ends = new Uint32Array(grams.length);
  let at = 0;
  grams.forEach((gram, i) => {
    let prev = -1;
    for (const doc of postings.get(gram)!) {
      let gap = doc - prev - 1;
      prev = doc;
      while (gap >= 0x80) {
        docs[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      docs[at++] = gap;
    }
    ends[i] = at;
  });
  return { grams: Uint32Array.from(grams), ends, docs };
}

/** The grams of `postings`, encoded by bucket (only the buckets that hold a gram). */
function encodeSegment(postings: Map<number, number[]>): Map<number, GramBucket> {
  const byBucket = new Map<number, number[]>();
  for (const gram of postings.keys()) {
    const b = bucketOf(gram);
    const list = byBucket.get(b);
    if (list) list.push(gram);
    else byBucket.set(b, [gram]);
  }
  const out = new Map<number, GramBucket>();
  for (const [b, grams] of byBucket) out.set(b, encodeBucket(grams, postings));
  return out;
}

/**
 * The index of one segment, built a text at a time (so the builder can pause between texts):
 * the folded texts' grams by bucket. Text `i` is the `i`-th added.
 */
export function segmentBuilder() {
  const builder = postingsBuilder();
  return { add: builder.add, finish: () => encodeSegment(builder.postings) };
}

/** The index of one segment of folded texts (text `i` is `folded[i]`). */
export function buildSegment(folded: readonly string[]): Map<number, GramBucket> {
  const builder = segmentBuilder();
  for (const text of folded) builder.add(text);
  return builder.finish();
}

/** The texts of the bucket's segment that hold `gram`, ascending (empty when none does). */
export function docsWith(bucket: GramBucket, gram: number): number[] {
  const { grams, ends, docs } = bucket;
  let lo = 0;
  let hi = grams.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const g = grams[mid]!;
    if (g === gram) {
      const out: number[] = [];
      let at = mid === 0 ? 0 : ends[mid - 1]!;
      const end = ends[mid]!;
      let prev = -1;
      while (at < end) {
        let gap = 0;
        let shift = 0;
        let byte: number;
        do {
          byte = docs[at++]!;
          gap |= (byte & 0x7f) << shift;
          shift += 7;
        } while (byte & 0x80);
        prev += gap + 1;
        out.push(prev);
      }
      return out;
    }
    if (g < gram) lo = mid + 1;
    else hi = mid - 1;
  }
  return [];
}

/** The numbers in both ascending lists, ascending. */
export function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out;
}
