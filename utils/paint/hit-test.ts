/**
 * Which painted highlight is under a point. Custom highlights receive no events, so a click on
 * the page is matched against the rectangles of the painted ranges.
 */

export interface RectLike {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export function rectContains(rect: RectLike, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The id whose rectangles contain the viewport point (x, y): `preferred` if it is hit, otherwise
 * the last hit id in `ids` (the most recently painted, drawn on top); null when none is hit.
 */
export function hitTestRects(
  x: number,
  y: number,
  ids: Iterable<string>,
  rectsOf: (id: string) => ArrayLike<RectLike>,
  preferred: string | null = null,
): string | null {
  let hit: string | null = null;
  for (const id of ids) {
    const rects = rectsOf(id);
    for (let i = 0; i < rects.length; i += 1) {
      const rect = rects[i];
      if (rect && rectContains(rect, x, y)) {
        if (id === preferred) return id;
        hit = id;
        break;
      }
    }
  }
  return hit;
}
