/** How long a page may take to render its text before unfound highlights stay orphans. */
const WATCH_MS = 30_000;
const DEBOUNCE_MS = 300;

interface Retrier {
  retryOrphans(): number;
}
interface Lifetime {
  setTimeout(handler: () => void, ms: number): number;
  onInvalidated(cb: () => void): void;
}

/**
 * Pages that render their text late: retry anchoring the orphans when the DOM changes, for a while,
 * then stop watching.
 */
export function watchLateText(ctx: Lifetime, doc: Document, session: Retrier): () => void {
  let timer: number | null = null;
  const observer = new MutationObserver(() => {
    if (timer != null) return;
    timer = ctx.setTimeout(() => {
      timer = null;
      if (session.retryOrphans() === 0) stop();
    }, DEBOUNCE_MS);
  });
  const stop = () => observer.disconnect();
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  ctx.setTimeout(stop, WATCH_MS);
  ctx.onInvalidated(stop);
  return stop;
}
