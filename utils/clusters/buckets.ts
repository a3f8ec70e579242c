/**
 * LSH buckets: for each band key (a 32-bit hash), the stories (by number) with an article in the
 * bucket, in the order they came in. An open-addressing table: keys in a `Uint32Array`, each
 * slot's stories beside it (one story as its number, several as a list of numbers). No map per
 * bucket, no boxed keys and no pointers for the garbage collector to follow: at 50,000 articles
 * there are up to 1.6 million buckets, or a million and more stories listed in shared buckets,
 * and a `Map` of them (or a map per bucket) made the collector take most of a rebuild.
 *
 * The caller says when a story comes into a bucket (its first article with that key) and when it
 * leaves (its last one): the table holds each story once.
 */
export interface Buckets {
  /** Story `id` has come into the bucket of `key` (it was not there). */
  add(key: number, id: number): void;
  /** Story `id` has left the bucket of `key`. */
  remove(key: number, id: number): void;
  /** What the bucket of `key` holds: nothing, one story, or a list (in the order they came). */
  get(key: number): number | readonly number[] | undefined;
}

/** A bucket left empty (its key keeps its slot, so later keys still find theirs). */
const NONE: readonly never[] = Object.freeze([]);
const FIRST_SIZE = 1 << 10;

/** The table: keys and what each key's bucket holds, side by side (`undefined`: a free slot). */
interface Table {
  mask: number;
  keys: Uint32Array;
  slots: (number | number[] | typeof NONE | undefined)[];
  /** Slots taken (empty buckets too, until the table grows). */
  used: number;
}

function tableOf(size: number): Table {
  return {
    mask: size - 1,
    keys: new Uint32Array(size),
    slots: new Array(size).fill(undefined),
    used: 0,
  };
}

/** The slot of `key`, or the free slot where it would go (linear probing; keys are hashes). */
function slotOf({ mask, keys, slots }: Table, key: number): number {
  let i = key & mask;
  while (slots[i] !== undefined && keys[i] !== key) i = (i + 1) & mask;
  return i;
}

/** A table of twice the room, with the buckets of `table` that hold something. */
function grown(table: Table): Table {
  const next = tableOf(table.keys.length * 2);
  for (let i = 0; i < table.slots.length; i++) {
    const held = table.slots[i];
    if (held === undefined || held === NONE) continue;
    const at = slotOf(next, table.keys[i]!);
    next.keys[at] = table.keys[i]!;
    next.slots[at] = held;
    next.used++;
  }
  return next;
}

export function createBuckets(): Buckets {
  let table = tableOf(FIRST_SIZE);
  return {
    add(key, id) {
      let at = slotOf(table, key);
      const held = table.slots[at];
      if (held === undefined) {
        if ((table.used + 1) * 2 > table.mask) {
          table = grown(table);
          at = slotOf(table, key);
        }
        table.keys[at] = key;
        table.slots[at] = id;
        table.used++;
      } else if (held === NONE) table.slots[at] = id;
      else if (Array.isArray(held)) held.push(id);
      else table.slots[at] = [held as number, id];
    },
    remove(key, id) {
      const at = slotOf(table, key);
      const held = table.slots[at];
      if (held === undefined || held === NONE) return;
      if (!Array.isArray(held)) {
        if (held === id) table.slots[at] = NONE;
        return;
      }
      const list = held as number[];
      const i = list.indexOf(id);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) table.slots[at] = NONE;
    },
    get(key) {
      const held = table.slots[slotOf(table, key)];
      return held === NONE ? undefined : (held as number | number[] | undefined);
    },
  };
}
