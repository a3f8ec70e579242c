import { useEffect, useState } from 'preact/hooks';
import type { ArticlePreview } from '../schemas/article-preview';
import type { PopupDeps } from './deps';
import { askPageArticle } from '../view/page-article';

export interface CurrentPage {
  loading: boolean;
  tabId: number | null;
  article: ArticlePreview | null;
  /** The page has the content script: it can be saved as it is even when it is not an article. */
  reachable: boolean;
  /** The address its record is kept under (the background's key), null when none. */
  key: string | null;
}

/** The tab the popup acts on and the article its page shows, asked once when the popup opens. */
export function useCurrentPage(deps: Pick<PopupDeps, 'tabId' | 'sendToBackground'>): CurrentPage {
  const [page, setPage] = useState<CurrentPage>({
    loading: true,
    tabId: null,
    article: null,
    reachable: false,
    key: null,
  });
  useEffect(() => {
    let live = true;
    void (async () => {
      const tabId = await deps.tabId().catch(() => null);
      const { article, reachable, key } = await askPageArticle(deps, tabId);
      if (live) setPage({ loading: false, tabId, article, reachable, key });
    })();
    return () => {
      live = false;
    };
  }, [deps]);
  return page;
}
