import type { ArticlePreview } from '../schemas/article-preview';
import type { sendToBackground } from '../messages/client';

/** What asking about a tab needs: a request to the background. */
export interface PageAskDeps {
  sendToBackground: typeof sendToBackground;
}

export interface PageAnswer {
  /** What the tab's page recognized (its `url` is the key the background gave it), or null. */
  article: ArticlePreview | null;
  /** The page answered: it can still be saved as it is ("Save page"). */
  reachable: boolean;
  /** The address the page's record and highlights are kept under (null: not an http(s) page). */
  key: string | null;
}

/**
 * What a tab shows, as the background decides it (background/tab-state.ts): the page's key from
 * the tab's own address and its checked article card. `article` is null when the tab shows no
 * article or cannot be asked (browser pages, the web store, file:// pages, a tab that closed).
 */
export async function askPageArticle(deps: PageAskDeps, tabId: number | null): Promise<PageAnswer> {
  const none = { article: null, reachable: false, key: null };
  if (tabId === null) return none;
  try {
    const { card, reachable, key } = await deps.sendToBackground('tab/state', { tabId });
    return { article: card, reachable, key };
  } catch {
    return none;
  }
}
