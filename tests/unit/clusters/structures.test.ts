import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keep, keep16 } from '../../../utils/clusters/arena';
import { createBuckets } from '../../../utils/clusters/buckets';
import {
  NOTHING,
  change,
  countedOf,
  sharedCount,
  sortFirst,
  type Counted,
} from '../../../utils/clusters/counted';

/** A counted multiset as a plain map, to check against. */
const asMap = (c: Counted) =>
  new Map([...c.values].map((v, i) => [v, c.counts ? c.counts[i]! : 1] as const));
const sorted = (xs: number[]) => Uint32Array.from(xs).sort();

describe('counted multisets (story centroids and band keys)', () => {
  it('count values in and out as a map would, and tell which come in and which go', () => {
    const value = fc.integer({ min: 0, max: 40 }).map((x) => (x * 0x9e3779b9) >>> 0);
    const step = fc.record({ add: fc.boolean(), values: fc.array(value, { maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 30 }), (steps) => {
        let counted: Counted = NOTHING;
        let model = new Map<number, number>();
        for (const { add, values } of steps) {
          // Only take out what is held, once (as the index does: an article's own values).
          const taken = add ? values : [...new Set(values)].filter((v) => model.has(v));
          const next = new Map(model);
          for (const v of taken) next.set(v, (next.get(v) ?? 0) + (add ? 1 : -1));
          for (const [v, n] of next) if (n === 0) next.delete(v);
          const expected = [...new Set(taken)].filter((v) => model.has(v) !== next.has(v));
          const heard: number[] = [];
          counted = change(counted, sorted(taken), add ? 1 : -1, (v) => heard.push(v));
          model = next;
          expect(asMap(counted)).toEqual(model);
          expect(heard).toEqual(expected.sort((a, b) => a - b));
          expect([...counted.values]).toEqual([...counted.values].sort((a, b) => a - b));
        }
      }),
    );
  });

  it('keeps a set without repeats as it is, and counts repeats', () => {
    const plain = sorted([5, 1, 9]);
    expect(countedOf(plain)).toEqual({ values: plain, counts: null });
    expect(asMap(countedOf(sorted([7, 3, 7, 7])))).toEqual(
      new Map([
        [3, 1],
        [7, 3],
      ]),
    );
  });

  it('sums how often the shared values are held', () => {
    const counted = change(countedOf(sorted([1, 2, 3])), sorted([2, 3, 3, 8]), 1);
    // 2 is held twice, 3 three times, 8 once; 4 is not held.
    expect(sharedCount(sorted([2, 3, 4, 8]), counted)).toBe(2 + 3 + 1);
    expect(sharedCount(sorted([4]), counted)).toBe(0);
    expect(sharedCount(sorted([1, 2]), countedOf(sorted([1, 2, 9])))).toBe(2);
  });

  it('sorts short and long runs in place, only the first n', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 150 }), (xs) => {
        const a = Uint32Array.from([...xs, 0, 0]);
        sortFirst(a, xs.length);
        expect([...a.subarray(0, xs.length)]).toEqual([...xs].sort((x, y) => x - y));
        expect([...a.subarray(xs.length)]).toEqual([0, 0]);
      }),
    );
  });
});

describe('LSH buckets', () => {
  it('hold each story in the order it came, through removals and growth', () => {
    const op = fc.record({
      add: fc.boolean(),
      key: fc.integer({ min: 0, max: 8 }).map((x) => (x * 2654435761) >>> 0),
      id: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(op, { minLength: 100, maxLength: 400 }), (ops) => {
        const buckets = createBuckets();
        const model = new Map<number, number[]>();
        for (const { add, key, id } of ops) {
          const list = model.get(key) ?? [];
          if (add === list.includes(id)) continue; // the caller adds a story once, removes it once
          if (add) list.push(id);
          else list.splice(list.indexOf(id), 1);
          model.set(key, list);
          if (add) buckets.add(key, id);
          else buckets.remove(key, id);
        }
        for (const [key, list] of model) {
          const held = buckets.get(key);
          const ids = held === undefined ? [] : Array.isArray(held) ? [...held] : [held];
          expect(ids).toEqual(list);
        }
      }),
    );
  });

  it('finds keys past emptied buckets and across growth (a thousand keys)', () => {
    const buckets = createBuckets();
    const keys = Array.from({ length: 5000 }, (_, i) => (i * 0x9e3779b9) >>> 0);
    keys.forEach((k, i) => buckets.add(k, i + 1));
    for (let i = 0; i < keys.length; i += 2) buckets.remove(keys[i]!, i + 1);
    for (let i = 0; i < keys.length; i++) {
      expect(buckets.get(keys[i]!)).toBe(i % 2 === 0 ? undefined : i + 1);
    }
    expect(buckets.get(12345)).toBeUndefined();
  });
});

describe('shared blocks', () => {
  it('give copies that later copies do not overwrite, small and large', () => {
    const kept = Array.from({ length: 3000 }, (_, i) => keep(Uint32Array.of(i, i + 1, i + 2)));
    kept.forEach((a, i) => expect([...a]).toEqual([i, i + 1, i + 2]));
    const big = Uint32Array.from({ length: 9000 }, (_, i) => i);
    expect([...keep(big)]).toEqual([...big]);
    expect([...keep(big, 3)]).toEqual([0, 1, 2]);
    expect([...keep16(Uint16Array.of(7, 65535))]).toEqual([7, 65535]);
  });
});
