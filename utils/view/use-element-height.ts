import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The height of `ref`'s element, followed as it is resized; `fallback` until it is measured and
 * where it cannot be. It is read in the ResizeObserver's notifications, which come after the
 * browser's own layout and before it paints: the first render forces no layout of its own.
 */
export function useElementHeight(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [height, setHeight] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || fallback));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return height;
}
