import { ArticleCardSchema, type ArticleCard } from '../schemas/article';
import type { sendToTab } from '../messages/client';

/** What asking a page needs: the message to its tab, and a pause between tries. */
export interface PageAskDeps {
  sendToTab: typeof sendToTab;
  sleep: (ms: number) => Promise<void>;
}

/** A page still loading may not answer at once; pages without the content script never do. */
export const PAGE_TRIES = 4;
export const PAGE_RETRY_MS = 250;

export interface PageAnswer {
  /** What the tab's content script recognized, or null. */
  article: ArticleCard | null;
  /** The content script answered: the page can still be saved as it is ("Save page"). */
  reachable: boolean;
}

/**
 * What the tab's content script recognized; `article` is null when the tab shows no article or
 * cannot be asked (browser pages, the web store, file:// pages, a tab that closed).
 */
export async function askPageArticle(deps: PageAskDeps, tabId: number | null): Promise<PageAnswer> {
  if (tabId === null) return { article: null, reachable: false };
  for (let attempt = 1; ; attempt++) {
    try {
      const { article } = await deps.sendToTab(tabId, 'tab/article', {});
      // The page's own script could have tampered with what the extractor saw: check the shape.
      const checked = ArticleCardSchema.nullable().safeParse(article);
      return { article: checked.success ? checked.data : null, reachable: true };
    } catch {
      if (attempt >= PAGE_TRIES) return { article: null, reachable: false };
      await deps.sleep(PAGE_RETRY_MS);
    }
  }
}
