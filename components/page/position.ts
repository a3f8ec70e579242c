import { TOOLBAR_WIDTH } from '../../utils/frame/toolbar-size';

export { TOOLBAR_WIDTH };
const EDGE_MARGIN = 8;

/**
 * The left edge, in page coordinates, for a panel of `width` wanted at `x`, kept inside the
 * visible width of the page (`viewportWidth`, scrolled horizontally by `scrollX`).
 */
export function clampLeft(x: number, width: number, viewportWidth?: number, scrollX = 0): number {
  if (viewportWidth === undefined || !Number.isFinite(viewportWidth)) return x;
  const min = scrollX + EDGE_MARGIN;
  const max = scrollX + viewportWidth - width - EDGE_MARGIN;
  return Math.max(min, Math.min(x, max));
}

/** `text` cut to at most `max` code points, never inside a surrogate pair. */
export function excerpt(text: string, max: number): string {
  const points = Array.from(text.trim());
  return points.length <= max ? points.join('') : `${points.slice(0, max - 1).join('')}…`;
}
