import { describe, expect, it } from 'vitest';
import { scrollToRow, visibleRange } from '../../../utils/view/virtual-window';

describe('saved-list windowing', () => {
  it.each([
    ['renders nothing for an empty list', 0, 0, 300, { start: 0, end: 0 }],
    ['renders the first screen plus overscan at the top', 10_000, 0, 300, { start: 0, end: 10 }],
    ['renders a short list whole', 3, 0, 300, { start: 0, end: 3 }],
    [
      'renders the rows in view plus overscan mid-list',
      10_000,
      5_000,
      300,
      { start: 96, end: 110 },
    ],
    ['stops at the end of the list', 10_000, 10_000 * 50 - 300, 300, { start: 9990, end: 10_000 }],
    ['treats a negative (overscrolled) position as the top', 100, -40, 300, { start: 0, end: 10 }],
    ['clamps a position past the end', 20, 99_999, 300, { start: 20, end: 20 }],
  ])('%s', (_name, count, scrollTop, viewport, expected) => {
    expect(visibleRange(count, 50, scrollTop, viewport, 4)).toEqual(expected);
  });

  it('never renders more than a screenful plus overscan, however long the list', () => {
    for (const top of [0, 1234, 99_999, 499_700]) {
      const { start, end } = visibleRange(10_000, 50, top, 300, 4);
      expect(end - start).toBeLessThanOrEqual(6 + 1 + 8);
    }
  });

  it.each([
    ['keeps the position when the row is in view', 3, 100, 100],
    ['scrolls up to a row above the view', 1, 200, 50],
    ['scrolls down just enough for a row below the view', 10, 0, 250],
  ])('%s', (_name, index, scrollTop, expected) => {
    expect(scrollToRow(index, 50, scrollTop, 300)).toBe(expected);
  });
});
