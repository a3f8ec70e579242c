import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useElementHeight } from '../view/use-element-height';
import { scrollToRow } from '../view/virtual-window';

/** The viewport's height until it is measured (and where it cannot be). */
const FALLBACK_HEIGHT = 600;

/**
 * A virtual list's scroll box: how far it is scrolled and how tall it is (followed as it resizes),
 * back at the top whenever `rows` change; `focusRow` scrolls a row into view and focuses it.
 */
export function useListViewport(rows: readonly unknown[], rowHeight: number) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const height = useElementHeight(scroller, FALLBACK_HEIGHT);

  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [rows]);

  function focusRow(to: number) {
    const top = scrollToRow(to, rowHeight, scrollTop, height);
    if (scroller.current) scroller.current.scrollTop = top;
    setScrollTop(top);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${to}"]`)?.focus(),
    );
  }

  return { scroller, scrollTop, setScrollTop, height, focusRow };
}
