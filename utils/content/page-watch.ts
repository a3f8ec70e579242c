/**
 * What runs on every page, once it is parsed: one cheap look for an article, and for a while
 * after that a debounced second look when the page changes (articles whose text a script brings
 * after `load`, and single-page apps that move to another address with pushState/popstate).
 * Bounded in time and in the number of looks: never an observer that runs for ever.
 */

import { samePage } from '../page-identity';

/** How long after the document is parsed (or the address changed) the page is watched. */
export const WATCH_MS = 10_000;
/** Changes are looked at once they have settled for this long. */
export const SETTLE_MS = 400;
/** At most this many looks per watch. */
export const MAX_LOOKS = 6;

export interface PageWatchDeps {
  doc: Document;
  signal: AbortSignal;
  url: () => string;
  /** The cheap check: may this page be an article? */
  looksLikeArticle: () => boolean;
  /** The page may be an article: the annotator looks; answers whether it found one. */
  onArticle: () => Promise<boolean>;
  /** The page moved to another address without loading (history API). */
  onNavigate: (url: string) => void;
}

export function watchPage(deps: PageWatchDeps): void {
  const { doc, signal } = deps;
  const win = doc.defaultView;
  if (!win) return;
  let url = deps.url();
  let found = false;
  let looks = 0;
  let until = 0;
  let timer: number | undefined;
  let observer: MutationObserver | null = null;

  // A new fragment or tracking parameter is the same page: the reader's toolbar stays open.
  const elsewhere = (now: string) => now !== url && !samePage(now, url);
  const stop = () => {
    observer?.disconnect();
    observer = null;
    win.clearTimeout(timer);
  };
  const look = () => {
    if (signal.aborted) return stop();
    const now = deps.url();
    if (elsewhere(now)) {
      url = now;
      found = false;
      looks = 0;
      until = Date.now() + WATCH_MS;
      deps.onNavigate(now);
    }
    if (!found && looks < MAX_LOOKS && deps.looksLikeArticle()) {
      // The label may be in the page before its article is (a script's text): until the
      // annotator finds the article, later changes are looked at again.
      void deps.onArticle().then(
        (ok) => void (ok && (found = true)),
        () => undefined,
      );
    }
    looks++;
    if (Date.now() > until) stop();
  };
  const soon = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(look, SETTLE_MS);
  };
  const watch = () => {
    until = Date.now() + WATCH_MS;
    if (observer) return;
    // The document, not its body: no element is touched on a page that is only looked at.
    observer = new win.MutationObserver(soon);
    observer.observe(doc, { childList: true, subtree: true });
  };

  look();
  watch();
  // A single-page app's move: the address changes first, the content follows (watched again).
  onMove(win, signal, () => void (elsewhere(deps.url()) && (watch(), soon())));
  signal.addEventListener('abort', stop);
}

/** The page's address moved without loading: history's popstate, or the Navigation API's entry. */
function onMove(win: Window, signal: AbortSignal, moved: () => void): void {
  const options = { signal };
  win.addEventListener('popstate', moved, options);
  (win as Window & { navigation?: EventTarget }).navigation?.addEventListener(
    'currententrychange',
    moved,
    options,
  );
}
