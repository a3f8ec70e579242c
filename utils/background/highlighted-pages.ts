import { pageKey } from './page-key';

export interface HighlightedPagesDeps {
  /** How many highlights the reader made on the page saved under this key. */
  count: (key: string) => Promise<number>;
  /** Inject the annotator into one frame of a tab (it paints the page's highlights). */
  inject: (tabId: number, frameId: number) => Promise<void>;
}

/**
 * The background's look for the reader's highlights on a page that finished loading: the page's
 * own script does not ask (it stays away from the extension API until there is work), so the
 * annotator is injected here when the page's address has highlights. Answers whether it was.
 */
export function createHighlightedPages(deps: HighlightedPagesDeps) {
  return async function paintIfHighlighted(tabId: number, url: string): Promise<boolean> {
    const key = pageKey(url, null);
    if (!key || (await deps.count(key)) === 0) return false;
    await deps.inject(tabId, 0);
    return true;
  };
}
