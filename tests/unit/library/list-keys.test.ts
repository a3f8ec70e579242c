import { describe, expect, it } from 'vitest';
import { listKeyTarget, pageRows } from '../../../utils/library/list-keys';

describe('moving through the library list with the keyboard', () => {
  it('moves one row with the arrows and a screen with Page Up and Page Down', () => {
    expect(listKeyTarget('ArrowDown', 3, 7, 100)).toBe(4);
    expect(listKeyTarget('ArrowUp', 3, 7, 100)).toBe(2);
    expect(listKeyTarget('PageDown', 3, 7, 100)).toBe(10);
    expect(listKeyTarget('PageUp', 10, 7, 100)).toBe(3);
  });

  it('goes to the first and last row with Home and End', () => {
    expect(listKeyTarget('Home', 42, 7, 100)).toBe(0);
    expect(listKeyTarget('End', 42, 7, 100)).toBe(99);
  });

  it('stays inside the list at either end', () => {
    expect(listKeyTarget('ArrowUp', 0, 7, 100)).toBe(0);
    expect(listKeyTarget('PageUp', 2, 7, 100)).toBe(0);
    expect(listKeyTarget('ArrowDown', 99, 7, 100)).toBe(99);
    expect(listKeyTarget('PageDown', 95, 7, 100)).toBe(99);
  });

  it('leaves other keys (and names that only an object has) to the page', () => {
    expect(listKeyTarget('a', 3, 7, 100)).toBeNull();
    expect(listKeyTarget('Enter', 3, 7, 100)).toBeNull();
    expect(listKeyTarget('constructor', 3, 7, 100)).toBeNull();
  });

  it('pages by a screen less one row, and at least one row', () => {
    expect(pageRows(600, 72)).toBe(7);
    expect(pageRows(720, 72)).toBe(9);
    expect(pageRows(50, 72)).toBe(1);
    expect(pageRows(0, 72)).toBe(1);
  });
});
