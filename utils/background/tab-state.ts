import { ArticlePreviewSchema } from '../schemas/article';
import type { TabState } from '../messages/replies';
import { pageKey } from './page-key';

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
  const checked = ArticlePreviewSchema.nullable().catch(null).parse(answer);
  const key = pageKey(url, checked?.url) ?? address;
  return { key, card: checked && { ...checked, url: key }, reachable: true };
}
