import { describe, expect, it } from 'vitest';
import { rowAfterKey, rowsPerPage } from '../../../utils/view/list-keys';

describe('moving between rows with the keyboard', () => {
  it('steps one row with the arrows and a page with Page Up/Down', () => {
    expect(rowAfterKey('ArrowDown', 4, 100, 5)).toBe(5);
    expect(rowAfterKey('ArrowUp', 4, 100, 5)).toBe(3);
    expect(rowAfterKey('PageDown', 4, 100, 5)).toBe(9);
    expect(rowAfterKey('PageUp', 14, 100, 5)).toBe(9);
  });

  it('goes to the first and last rows with Home and End', () => {
    expect(rowAfterKey('Home', 40, 100, 5)).toBe(0);
    expect(rowAfterKey('End', 40, 100, 5)).toBe(99);
  });

  it('stays inside the list at both ends', () => {
    expect(rowAfterKey('ArrowUp', 0, 100, 5)).toBe(0);
    expect(rowAfterKey('PageUp', 2, 100, 5)).toBe(0);
    expect(rowAfterKey('ArrowDown', 99, 100, 5)).toBe(99);
    expect(rowAfterKey('PageDown', 97, 100, 5)).toBe(99);
  });

  it('ignores other keys and an empty list', () => {
    expect(rowAfterKey('Enter', 3, 100, 5)).toBeNull();
    expect(rowAfterKey('a', 3, 100, 5)).toBeNull();
    expect(rowAfterKey('ArrowDown', 0, 0, 5)).toBeNull();
  });

  it('pages by a viewful less one row, and by at least one', () => {
    expect(rowsPerPage(560, 56)).toBe(9);
    expect(rowsPerPage(300, 92)).toBe(2);
    expect(rowsPerPage(50, 56)).toBe(1);
    expect(rowsPerPage(0, 56)).toBe(1);
  });

  it('leaves names that only an object has to the page (the keys come from a page event)', () => {
    expect(rowAfterKey('ArrowDown', 3, 100, 7)).toBe(4);
    expect(rowAfterKey('constructor', 3, 100, 7)).toBeNull();
    expect(rowAfterKey('toString', 3, 100, 7)).toBeNull();
  });
});
