import type { Article } from '../schemas/article';
import { pageKey } from './page-key';

export interface LoadedPagesDeps {
  /** How many highlights the reader made on the page saved under this key. */
  count: (key: string) => Promise<number>;
  /** The format of the article saved under this key, or null when nothing is saved there. */
  savedFormat: (key: string) => Promise<Article['format'] | null>;
  /** Inject the annotator into one frame of a tab (it paints the page's highlights). */
  inject: (tabId: number, frameId: number) => Promise<void>;
  /** Mark a tab as showing a saved page (badge ✓, and the change feed follows it). */
  markSaved: (tabId: number, key: string, format: Article['format']) => Promise<void>;
  /** Ask a tab's annotator, if it has one, to paint its highlights again: false when it has none. */
  askRefresh: (tabId: number) => Promise<boolean>;
}

/**
 * What the background does for a page that finished loading, so that the page's own script need
 * not ask (it stays away from the extension API until there is work): a saved page gets its ✓,
 * and a page with the reader's highlights gets the annotator, which paints them.
 */
export function createLoadedPages(deps: LoadedPagesDeps) {
  /** Inject the annotator when the page's address has highlights; answers whether it did. */
  async function paintIfHighlighted(tabId: number, url: string): Promise<boolean> {
    const key = pageKey(url, null);
    if (!key || (await deps.count(key)) === 0) return false;
    await deps.inject(tabId, 0);
    return true;
  }
  async function loaded(tabId: number, url: string): Promise<void> {
    const key = pageKey(url, null);
    if (!key) return;
    const format = await deps.savedFormat(key);
    if (format) await deps.markSaved(tabId, key, format);
    await paintIfHighlighted(tabId, url);
  }
  /**
   * The highlights of the page a tab shows changed (here, on another device, by an undo): its
   * annotator paints them again; a page without one gets it when it has highlights now.
   */
  async function refresh(tabId: number, url: string): Promise<void> {
    if (!(await deps.askRefresh(tabId))) await paintIfHighlighted(tabId, url);
  }
  return { loaded, refresh };
}
