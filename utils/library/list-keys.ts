/** Where each moving key takes the focus from row `i` (`page` rows a screen, `count` in all). */
const STEP: Record<string, (i: number, page: number, count: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  PageDown: (i, page) => i + page,
  PageUp: (i, page) => i - page,
  Home: () => 0,
  End: (_i, _page, count) => count - 1,
};

/**
 * The row `key` moves the focus to from row `from` in a list of `count` (kept inside the list),
 * or null when the key does not move it.
 */
export function listKeyTarget(key: string, from: number, page: number, count: number) {
  if (!Object.hasOwn(STEP, key)) return null;
  return Math.min(count - 1, Math.max(0, STEP[key]!(from, page, count)));
}

/** How many rows Page Up and Page Down move: a screen less one, so one row stays in view. */
export function pageRows(viewportHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
}
