/**
 * LSH buckets: for each band key (a 32-bit hash), the stories with an article in the bucket, in
 * the order they came in. An open-addressing table over typed arrays: keys in a `Uint32Array`,
 * each slot's stories beside it (one story as itself, several as a list). No map per bucket and
 * no boxed keys: at 50,000 articles there are up to 1.6 million buckets, and a `Map` of them (or a
 * map per bucket) made the garbage collector take most of a rebuild.
 *
 * The caller says when a story comes into a bucket (its first article with that key) and when it
 * leaves (its last one): the table holds each story once.
 */
export interface Buckets<T extends object> {
  /** `item` has come into the bucket of `key` (it was not there). */
  add(key: number, item: T): void;
  /** `item` has left the bucket of `key`. */
  remove(key: number, item: T): void;
  /** What the bucket of `key` holds: nothing, one item, or a list (in the order they came). */
  get(key: number): T | readonly T[] | undefined;
}

/** A bucket left empty (its key keeps its slot, so later keys still find theirs). */
const NONE: readonly never[] = Object.freeze([]);
const FIRST_SIZE = 1 << 10;

/** The table: keys and what each key's bucket holds, side by side (`undefined`: a free slot). */
interface Table<T> {
  mask: number;
  keys: Uint32Array;
  slots: (T | T[] | typeof NONE | undefined)[];
  /** Slots taken (empty buckets too, until the table grows). */
  used: number;
}

function tableOf<T>(size: number): Table<T> {
  return {
    mask: size - 1,
    keys: new Uint32Array(size),
    slots: new Array(size).fill(undefined),
    used: 0,
  };
}

/** The slot of `key`, or the free slot where it would go (linear probing; keys are hashes). */
function slotOf<T>({ mask, keys, slots }: Table<T>, key: number): number {
  let i = key & mask;
  while (slots[i] !== undefined && keys[i] !== key) i = (i + 1) & mask;
  return i;
}

/** A table of twice the room, with the buckets of `table` that hold something. */
function grown<T>(table: Table<T>): Table<T> {
  const next = tableOf<T>(table.keys.length * 2);
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

export function createBuckets<T extends object>(): Buckets<T> {
  let table = tableOf<T>(FIRST_SIZE);
  return {
    add(key, item) {
      let at = slotOf(table, key);
      const held = table.slots[at];
      if (held === undefined) {
        if ((table.used + 1) * 2 > table.mask) {
          table = grown(table);
          at = slotOf(table, key);
        }
        table.keys[at] = key;
        table.slots[at] = item;
        table.used++;
      } else if (held === NONE) table.slots[at] = item;
      else if (Array.isArray(held)) (held as T[]).push(item);
      else table.slots[at] = [held as T, item];
    },
    remove(key, item) {
      const at = slotOf(table, key);
      const held = table.slots[at];
      if (held === undefined || held === NONE) return;
      if (!Array.isArray(held)) {
        if (held === item) table.slots[at] = NONE;
        return;
      }
      const list = held as T[];
      const i = list.indexOf(item);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) table.slots[at] = NONE;
    },
    get(key) {
      const held = table.slots[slotOf(table, key)];
      return held === NONE ? undefined : (held as T | T[] | undefined);
    },
  };
}
