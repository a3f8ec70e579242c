import { describe, expect, it } from 'vitest';
import {
  addSibling,
  NOTE_CONFLICT_SEPARATOR,
  resolve,
  type KnownSibling,
} from '../../../utils/sync/merge';
import { compareVectors, increment, joinVectors } from '../../../utils/sync/vv';

const sib = (
  dev: string,
  vv: Record<string, number>,
  value: KnownSibling['value'],
  nvv = vv,
  at = '2026-01-01T00:00:00.000Z',
): KnownSibling => ({
  dev,
  vv,
  nvv,
  at,
  value,
});

describe('version vectors', () => {
  it('tell a later edit from a concurrent one', () => {
    expect(compareVectors({ a: 1 }, { a: 2 })).toBe('before');
    expect(compareVectors({ a: 2, b: 1 }, { a: 2 })).toBe('after');
    expect(compareVectors({ a: 1 }, { b: 1 })).toBe('concurrent');
    expect(compareVectors({ a: 1 }, { a: 1 })).toBe('equal');
    expect(joinVectors({ b: 1, a: 3 }, { a: 2, c: 1 })).toEqual({ a: 3, b: 1, c: 1 });
    expect(increment({ a: 1 }, 'b')).toEqual({ a: 1, b: 1 });
  });
});

describe('addSibling', () => {
  it('replaces the versions a later edit saw, keeps concurrent ones, ignores older ones', () => {
    const a1 = sib('a', { a: 1 }, { note: 'x' });
    const b1 = sib('b', { b: 1 }, { note: 'y' });
    const later = sib('a', { a: 2, b: 1 }, { note: 'z' });
    const both = addSibling([a1], b1)!;
    expect(both).toHaveLength(2);
    expect(addSibling(both, later)).toEqual([later]);
    expect(addSibling([later], a1)).toBeNull();
    expect(addSibling([later], later)).toBeNull();
  });
});

describe('resolve', () => {
  it('keeps both texts of a note edited on two devices, in the same order everywhere', () => {
    const x = sib('a', { a: 1 }, { title: 'A', note: 'from work' });
    const y = sib(
      'b',
      { b: 1 },
      { title: 'B', note: 'from home' },
      { b: 1 },
      '2026-01-02T00:00:00.000Z',
    );
    const one = resolve([x, y]);
    const other = resolve([y, x]);
    expect(one).toEqual(other);
    expect(one?.note).toBe(`from home${NOTE_CONFLICT_SEPARATOR}from work`);
    expect(one?.title).toBe('B'); // the later edit's fields
  });

  it('does not repeat a note that only one side edited', () => {
    const base = { a: 1 };
    const noteEdit = sib('b', { a: 1, b: 1 }, { color: 'yellow', note: 'new' }, { a: 1, b: 1 });
    const colorEdit = sib('a', { a: 2 }, { color: 'green', note: 'old' }, base);
    expect(resolve([noteEdit, colorEdit])?.note).toBe('new');
  });

  it('merges a note already merged with one of its parts into the same note, whatever the order', () => {
    const S = NOTE_CONFLICT_SEPARATOR;
    const merged = sib('c', { c: 1 }, { note: `from home${S}from work` });
    const part = sib('b', { b: 1 }, { note: 'from work' });
    const other = sib('d', { d: 1 }, { note: 'on the train' });
    expect(resolve([merged, part])?.note).toBe(`from home${S}from work`);
    expect(resolve([part, merged])?.note).toBe(`from home${S}from work`);
    // Positive control: a part not yet in the merged text is added once.
    expect(resolve([merged, part, other])?.note).toBe(`from home${S}from work${S}on the train`);
  });

  it('keeps an edit made concurrently with a deletion; a deletion alone deletes', () => {
    const del = sib('a', { a: 2 }, null);
    const edit = sib('b', { a: 1, b: 1 }, { note: 'kept' });
    expect(resolve([del, edit])?.note).toBe('kept');
    expect(resolve([del])).toBeNull();
  });
});
