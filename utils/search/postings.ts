import { bucketOf, forEachGram } from './grams';

/**
 * The grams of one bucket in one segment, where each is in the segment's texts: `grams` sorted;
 * the entries of `grams[i]` are varints in `docs` up to byte `ends[i]`. An entry is a text (the
 * gap to the text before it, the first from -1), how many times the gram is in it (less one),
 * and where (each the gap to the one before, the first from -1): texts ascending, positions
 * ascending, as UTF-16 offsets in the folded text.
 */
export interface GramBucket {
  grams: Uint32Array;
  ends: Uint32Array;
  docs: Uint8Array;
}

/** One gram's entries while a segment is built: `[text, count, ...positions]` after each other. */
interface Building {
  flat: number[];
  doc: number;
  /** Where the count of the current text is in `flat`. */
  at: number;
}

/** Where each gram is in each text, built one text at a time (text `i` is the `i`-th added). */
function postingsBuilder() {
  const postings = new Map<number, Building>();
  let doc = 0;
  const note = (gram: number, pos: number) => {
    let entry = postings.get(gram);
    if (!entry) postings.set(gram, (entry = { flat: [], doc: -1, at: 0 }));
    if (entry.doc !== doc) {
      entry.doc = doc;
      entry.flat.push(doc, 0);
      entry.at = entry.flat.length - 1;
    }
    entry.flat[entry.at]!++;
    entry.flat.push(pos);
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

/** Call `each` with the numbers one gram's entries are written as (see `GramBucket`). */
function forEachNumber(flat: readonly number[], each: (n: number) => void): void {
  let prevDoc = -1;
  for (let i = 0; i < flat.length;) {
    const doc = flat[i]!;
    const count = flat[i + 1]!;
    each(doc - prevDoc - 1);
    each(count - 1);
    prevDoc = doc;
    let prevPos = -1;
    for (let k = 0; k < count; k++) {
      const pos = flat[i + 2 + k]!;
      each(pos - prevPos - 1);
      prevPos = pos;
    }
    i += 2 + count;
  }
}

function encodeBucket(grams: number[], postings: Map<number, Building>): GramBucket {
  grams.sort((a, b) => a - b);
  let size = 0;
  for (const gram of grams)
    forEachNumber(postings.get(gram)!.flat, (n) => (size += varintBytes(n)));
  const docs = new Uint8Array(size);
  const ends = new Uint32Array(grams.length);
  let at = 0;
  const write = (value: number) => {
    let n = value;
    while (n >= 0x80) {
      docs[at++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    docs[at++] = n;
  };
  grams.forEach((gram, i) => {
    forEachNumber(postings.get(gram)!.flat, write);
    ends[i] = at;
  });
  return { grams: Uint32Array.from(grams), ends, docs };
}

/** The grams of `postings`, encoded by bucket (only the buckets that hold a gram). */
function encodeSegment(postings: Map<number, Building>): Map<number, GramBucket> {
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

/** Where a gram is in a segment: its texts ascending, and for each its positions ascending. */
export interface GramEntries {
  docs: number[];
  positions: number[][];
}

const NO_ENTRIES: GramEntries = { docs: [], positions: [] };

/** The entries of `gram` in the bucket's segment (none when no text holds it). */
export function entriesOf(bucket: GramBucket, gram: number): GramEntries {
  const { grams, ends, docs: bytes } = bucket;
  let lo = 0;
  let hi = grams.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const g = grams[mid]!;
    if (g < gram) lo = mid + 1;
    else if (g > gram) hi = mid - 1;
    else {
      let at = mid === 0 ? 0 : ends[mid - 1]!;
      const end = ends[mid]!;
      const read = () => {
        let n = 0;
        let shift = 0;
        let byte: number;
        do {
          byte = bytes[at++]!;
          n |= (byte & 0x7f) << shift;
          shift += 7;
        } while (byte & 0x80);
        return n;
      };
      const out: GramEntries = { docs: [], positions: [] };
      let doc = -1;
      while (at < end) {
        doc += read() + 1;
        const count = read() + 1;
        const where: number[] = new Array<number>(count);
        let pos = -1;
        for (let k = 0; k < count; k++) where[k] = pos += read() + 1;
        out.docs.push(doc);
        out.positions.push(where);
      }
      return out;
    }
  }
  return NO_ENTRIES;
}

/** The texts of the bucket's segment that hold `gram`, ascending. */
export const docsWith = (bucket: GramBucket, gram: number): number[] =>
  entriesOf(bucket, gram).docs;

/**
 * The texts that hold the term whose grams are `chain` (the gram at each offset of the term, in
 * order), given each gram's entries: texts where the grams follow each other in one place.
 */
export function textsWithChain(
  chain: readonly number[],
  entries: ReadonlyMap<number, GramEntries>,
): number[] {
  const lists = chain.map((gram) => entries.get(gram) ?? NO_ENTRIES);
  const first = lists[0]!;
  const at = lists.map(() => 0);
  const out: number[] = [];
  for (let i = 0; i < first.docs.length; i++) {
    const doc = first.docs[i]!;
    const where: number[][] = [];
    let all = true;
    for (let k = 0; k < lists.length && all; k++) {
      const list = lists[k]!;
      while (at[k]! < list.docs.length && list.docs[at[k]!]! < doc) at[k]!++;
      all = list.docs[at[k]!] === doc;
      if (all) where.push(list.positions[at[k]!]!);
    }
    if (all && chained(where)) out.push(doc);
  }
  return out;
}

/** Whether some position of the first gram is followed, one unit on each time, by the others. */
function chained(where: number[][]): boolean {
  if (where.length === 1) return true;
  return where[0]!.some((p) => where.every((positions, k) => positions.includes(p + k)));
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
