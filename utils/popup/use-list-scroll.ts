import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useElementHeight } from '../view/use-element-height';
import { scrollToRow } from '../view/virtual-window';

export interface ListScrollOptions {
  /** The rows' urls, in order. */
  rows: readonly string[];
  rowHeight: number;
  /** The row to bring into view and focus when the rows first arrive. */
  focusUrl?: string | null;
  /** When it changes the list goes back to its top. */
  resetKey?: string;
}

/**
 * Where a virtual list of fixed-height rows is scrolled: back to the row of `focusUrl` once, when
 * the first rows arrive; to the top when `resetKey` changes; and to a row the keyboard moved to,
 * focusing it once it is rendered.
 */
export function useListScroll({ rows, rowHeight, focusUrl, resetKey }: ListScrollOptions) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const height = useElementHeight(scroller, 320);
  const pendingFocus = useRef<number | null>(null);
  const rowAt = (index: number) =>
    scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);

  const scrollTo = (top: number) => {
    if (scroller.current) scroller.current.scrollTop = top;
    setScrollTop(top);
  };

  // Once, when the first rows arrive: back to the row of the article just closed.
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || rows.length === 0) return;
    restored.current = true;
    const index = focusUrl ? rows.indexOf(focusUrl) : -1;
    if (index < 0) return;
    scrollTo(scrollToRow(index, rowHeight, 0, height));
    pendingFocus.current = index;
  }, [rows]);

  const mounted = useRef(false);
  useLayoutEffect(() => {
    if (mounted.current) scrollTo(0);
    mounted.current = true;
  }, [resetKey, rowHeight]);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = rowAt(index);
    if (row || index >= rows.length) pendingFocus.current = null;
    row?.focus();
  });

  /** Scroll row `to` into view and focus it (now, or once it is rendered). */
  function moveTo(to: number) {
    scrollTo(scrollToRow(to, rowHeight, scrollTop, height));
    const row = rowAt(to);
    if (row) row.focus();
    else pendingFocus.current = to;
  }

  return { scroller, scrollTop, setScrollTop, height, moveTo };
}
