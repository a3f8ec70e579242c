import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `onClose` when Escape is pressed anywhere in the page that holds the panel, whether the
 * focus is in the panel or still in the page's text.
 */
export function useEscape(panel: RefObject<HTMLElement | null>, onClose: () => void): void {
  const latest = useRef(onClose);
  latest.current = onClose;
  useEffect(() => {
    const doc = panel.current?.ownerDocument;
    if (!doc) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) latest.current();
    };
    doc.addEventListener('keydown', onKeyDown, true);
    return () => doc.removeEventListener('keydown', onKeyDown, true);
  }, [panel]);
}

/** Keeps keys typed in the panel from reaching the page's own keyboard shortcuts. */
export function stopKeys(event: KeyboardEvent): void {
  event.stopPropagation();
}
