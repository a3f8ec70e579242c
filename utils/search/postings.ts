import { bucketOf, coverOffsets, forEachGram } from './grams';

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

/**
 * Where a gram is in a segment: its texts ascending; the positions of `docs[i]` are read on
 * demand (`positionsAt`), so that a common gram's thousands of texts cost no arrays.
 */
export interface GramEntries {
  docs: number[];
  /** For each text, where its count starts in `bytes`. */
  starts: number[];
  bytes: Uint8Array;
}

const NO_ENTRIES: GramEntries = { docs: [], starts: [], bytes: new Uint8Array(0) };

/** A cursor for `nextVarint`: the entries and the chain check read many short lists, one after another. */
let cursor = 0;

function nextVarint(bytes: Uint8Array): number {
  let n = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[cursor++]!;
    n |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return n;
}

/** Where `gram` is in `grams` (sorted), or -1. */
function find(grams: Uint32Array, gram: number): number {
  let lo = 0;
  let hi = grams.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const g = grams[mid]!;
    if (g === gram) return mid;
    if (g < gram) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The entries of `gram` in the bucket's segment (none when no text holds it). */
export function entriesOf(bucket: GramBucket, gram: number): GramEntries {
  const i = find(bucket.grams, gram);
  if (i < 0) return NO_ENTRIES;
  const end = bucket.ends[i]!;
  const bytes = bucket.docs;
  const out: GramEntries = { docs: [], starts: [], bytes };
  cursor = i === 0 ? 0 : bucket.ends[i - 1]!;
  let doc = -1;
  while (cursor < end) {
    doc += nextVarint(bytes) + 1;
    out.docs.push(doc);
    out.starts.push(cursor);
    // Skip the positions: every byte but each varint's last has the high bit.
    for (let left = nextVarint(bytes) + 1; left > 0;) if (!(bytes[cursor++]! & 0x80)) left--;
  }
  return out;
}

let starts = new Int32Array(64);

/**
 * Whether the grams of `lists` (those at `offsets` of a term) are at those offsets from one
 * start somewhere in one text: `at[k]` is the text's place in `lists[k]`. Where the term may
 * start is narrowed gram by gram, reading each gram's positions once, with no array made.
 */
function chainedAt(
  lists: readonly GramEntries[],
  offsets: readonly number[],
  at: readonly number[],
): boolean {
  const first = lists[0]!;
  cursor = first.starts[at[0]!]!;
  let n = nextVarint(first.bytes) + 1;
  if (starts.length < n) starts = new Int32Array(n * 2);
  let pos = -1;
  for (let j = 0; j < n; j++) starts[j] = pos += nextVarint(first.bytes) + 1;
  for (let k = 1; k < lists.length && n > 0; k++) {
    const list = lists[k]!;
    cursor = list.starts[at[k]!]!;
    let left = nextVarint(list.bytes) + 1;
    let q = -1;
    let kept = 0;
    for (let j = 0; j < n; j++) {
      const want = starts[j]! + offsets[k]!;
      while (q < want && left > 0) {
        q += nextVarint(list.bytes) + 1;
        left--;
      }
      if (q === want) starts[kept++] = starts[j]!;
      else if (q < want) break;
    }
    n = kept;
  }
  return n > 0;
}

/**
 * The texts that hold the term whose grams are `chain` (the gram at each offset of the term, in
 * order), given the entries of its covering grams (`coverGrams`): texts where those grams are at
 * their offsets from one start.
 */
export function textsWithChain(
  chain: readonly number[],
  entries: ReadonlyMap<number, GramEntries>,
): number[] {
  const offsets = coverOffsets(chain.length);
  const lists = offsets.map((k) => entries.get(chain[k]!) ?? NO_ENTRIES);
  const first = lists[0]!;
  const at = lists.map(() => 0);
  const out: number[] = [];
  for (let i = 0; i < first.docs.length; i++) {
    const doc = first.docs[i]!;
    let all = true;
    for (let k = 1; k < lists.length && all; k++) {
      const list = lists[k]!;
      while (at[k]! < list.docs.length && list.docs[at[k]!]! < doc) at[k]!++;
      all = list.docs[at[k]!] === doc;
    }
    if (!all) continue;
    if (lists.length === 1) {
      out.push(doc);
      continue;
    }
    at[0] = i;
    if (chainedAt(lists, offsets, at)) out.push(doc);
  }
  return out;
}
