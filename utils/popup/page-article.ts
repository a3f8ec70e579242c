import { ArticleSchema, type Article } from '../schemas/article';
import type { PopupDeps } from './deps';

/** A page still loading may not answer at once; pages without the content script never do. */
export const PAGE_TRIES = 4;
export const PAGE_RETRY_MS = 250;

/**
 * What the tab's content script recognized, or null when the tab shows no article or cannot be
 * asked (browser pages, the web store, file:// pages, a tab that closed).
 */
export async function askPageArticle(
  deps: Pick<PopupDeps, 'sendToTab' | 'sleep'>,
  tabId: number | null,
): Promise<Article | null> {
  if (tabId === null) return null;
  for (let attempt = 1; ; attempt++) {
    try {
      const { article } = await deps.sendToTab(tabId, 'tab/article', {});
      // The page's own script could have tampered with what the extractor saw: check the shape.
      const checked = ArticleSchema.nullable().safeParse(article);
      return checked.success ? checked.data : null;
    } catch {
      if (attempt >= PAGE_TRIES) return null;
      await deps.sleep(PAGE_RETRY_MS);
    }
  }
}
