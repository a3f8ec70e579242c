/**
 * Run `start` once the document is parsed (at once if it already is). Only the browser's own
 * `readystatechange` counts: a page can dispatch the event, never make it trusted.
 */
export function whenParsed(doc: Document, signal: AbortSignal, start: () => void): void {
  if (doc.readyState !== 'loading') return start();
  const onChange = (event: Event) => {
    if (!event.isTrusted || doc.readyState === 'loading') return;
    doc.removeEventListener('readystatechange', onChange);
    start();
  };
  doc.addEventListener('readystatechange', onChange, { signal });
}
