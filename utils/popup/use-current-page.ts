import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../schemas/article';
import type { PopupDeps } from './deps';
import { askPageArticle } from './page-article';

export interface CurrentPage {
  loading: boolean;
  tabId: number | null;
  article: Article | null;
}

/** The tab the popup acts on and the article its page shows, asked once when the popup opens. */
export function useCurrentPage(
  deps: Pick<PopupDeps, 'tabId' | 'sendToTab' | 'sleep'>,
): CurrentPage {
  const [page, setPage] = useState<CurrentPage>({ loading: true, tabId: null, article: null });
  useEffect(() => {
    let live = true;
    void (async () => {
      const tabId = await deps.tabId().catch(() => null);
      const article = await askPageArticle(deps, tabId);
      if (live) setPage({ loading: false, tabId, article });
    })();
    return () => {
      live = false;
    };
  }, [deps]);
  return page;
}
