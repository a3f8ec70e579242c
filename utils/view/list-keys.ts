/** Where each moving key takes the focus from row `i` (`page` rows a screen, `count` in all). */
const STEP: Record<string, (i: number, page: number, count: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  PageDown: (i, page) => i + page,
  PageUp: (i, page) => i - page,
  Home: () => 0,
  End: (_i, _page, count) => count - 1,
};

/** How many rows Page Up/Down move: a viewful less one, so a row stays in sight, and at least one. */
export function rowsPerPage(height: number, rowHeight: number): number {
  return Math.max(1, Math.floor(height / rowHeight) - 1);
}

/**
 * The row `key` moves to from row `from` in a list of `count` rows (kept inside the list), or
 * null when the key does not move between rows or the list is empty.
 */
export function rowAfterKey(
  key: string,
  from: number,
  count: number,
  pageRows: number,
): number | null {
  if (!Object.hasOwn(STEP, key) || count === 0) return null;
  return Math.min(count - 1, Math.max(0, STEP[key]!(from, pageRows, count)));
}
