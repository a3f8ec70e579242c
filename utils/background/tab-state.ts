import { ArticleCardSchema, type ArticleCard } from '../schemas/article';
import { pageKey } from './page-key';

/**
 * What a view (popup, side panel) shows for a tab, as the background decides it: the page's key
 * from the tab's own address (page-key.ts: a canonical claim only where it names the same page
 * under the same scheme), and the page's article card, checked. No view asks the page itself or
 * takes its claim on its word.
 */
export interface TabState {
  /** The address the page's record and highlights are kept under; null: not an http(s) page. */
  key: string | null;
  /** The recognized article (its `url` is `key`), or null: not an article. */
  card: ArticleCard | null;
  /** The page answered: it can be saved as it is even when it is not an article. */
  reachable: boolean;
}

export interface TabStateDeps {
  /** The address the tab shows, or null when it cannot be known. */
  tabUrl: (tabId: number) => Promise<string | null>;
  /** The tab's own answer to `tab/article` (the annotator is injected if it is not there). */
  pageCard: (tabId: number) => Promise<unknown>;
}

export async function tabState(deps: TabStateDeps, tabId: number): Promise<TabState> {
  const url = await deps.tabUrl(tabId);
  const address = pageKey(url, null);
  if (!address) return { key: null, card: null, reachable: false };
  let answer: unknown;
  try {
    answer = await deps.pageCard(tabId);
  } catch {
    return { key: address, card: null, reachable: false };
  }
  // The page's own scripts could have shaped what its extractor saw: check before showing it.
  const checked = ArticleCardSchema.nullable().catch(null).parse(answer);
  const key = pageKey(url, checked?.url) ?? address;
  return { key, card: checked && { ...checked, url: key }, reachable: true };
}
