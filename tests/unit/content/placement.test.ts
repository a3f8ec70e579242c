import { describe, expect, it } from 'vitest';
import { GAP, placePanel, type PlaceInput } from '../../../utils/content/annotator/placement';

const line = (left: number, top: number, right: number) => ({ left, top, right, bottom: top + 20 });
const base: PlaceInput = {
  first: line(100, 200, 400),
  last: line(100, 200, 400),
  width: 266,
  height: 92,
  viewportWidth: 1280,
  viewportHeight: 800,
  scrollX: 0,
  scrollY: 1000,
  rtl: false,
};

describe('placing the in-page frame', () => {
  it('hangs below the end of the selection, in page coordinates', () => {
    expect(placePanel(base)).toEqual({ left: 360, top: 1228, width: 266 });
  });

  it('goes above the selection when there is no room below', () => {
    const low = { ...base, first: line(100, 700, 400), last: line(100, 740, 500) };
    expect(placePanel(low).top).toBe(1000 + 700 - GAP - 92);
  });

  it('stays in sight for a selection taller than the window', () => {
    const tall = { ...base, first: line(0, -3000, 900), last: line(0, 4000, 900) };
    const { top } = placePanel(tall);
    expect(top - 1000).toBeGreaterThanOrEqual(GAP);
    expect(top - 1000 + 92).toBeLessThanOrEqual(800 - GAP);
  });

  it('hangs from the left end of a right-to-left selection', () => {
    const rtl = { ...base, rtl: true, last: line(600, 200, 900) };
    expect(placePanel(rtl).left).toBe(600 + 40 - 266);
  });

  it('keeps inside a narrow window, narrower than its natural width if need be', () => {
    const narrow = { ...base, viewportWidth: 240, last: line(150, 200, 230) };
    expect(placePanel(narrow)).toMatchObject({ left: GAP, width: 240 - 2 * GAP });
  });

  it('keeps inside the window when the page is zoomed (fewer CSS pixels across)', () => {
    const zoomed = { ...base, viewportWidth: 427, last: line(300, 200, 420) };
    const { left, width } = placePanel(zoomed);
    expect(left + width).toBeLessThanOrEqual(427 - GAP);
  });
});
