import { useEffect } from 'preact/hooks';

/** Run `onEscape` when Escape is pressed anywhere in `doc` while `active`. */
export function useEscape(doc: Document, active: boolean, onEscape: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onEscape();
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [doc, active, onEscape]);
}
