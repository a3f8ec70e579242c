import { useEffect, useState } from 'preact/hooks';
import { getArticle, listHighlights, listLinksFrom, touchesArticle } from '../db';
import type { Link, SavedArticle } from '../schemas/records';
import type { LibraryDeps } from './deps';
import { highlightExcerpts, type Excerpt } from './excerpt';

export interface ArticleViewData {
  article: SavedArticle;
  excerpts: Excerpt[];
  /** The related links this article lists, as stored (kept for later, read). */
  links: Link[];
}

async function readArticle(deps: LibraryDeps, url: string): Promise<ArticleViewData | null> {
  const db = await deps.db.get();
  const [article, highlights, links] = await Promise.all([
    getArticle(db, url),
    listHighlights(db, url),
    listLinksFrom(db, url),
  ]);
  if (!article) return null;
  const byUrl = new Map(links.map((l) => [l.url, l]));
  return {
    article,
    excerpts: highlightExcerpts(article, highlights),
    links: article.related.map((r) => byUrl.get(r.url)).filter((l): l is Link => !!l),
  };
}

/** The whole record of the open article, read again whenever a change touches it. */
export function useArticleView(
  deps: LibraryDeps,
  url: string | null,
  onError: (e: unknown) => void,
) {
  const [data, setData] = useState<ArticleViewData | null>(null);
  useEffect(() => {
    setData(null);
    if (!url) return;
    let live = true;
    const load = () => readArticle(deps, url).then((d) => live && setData(d), onError);
    void load();
    const unsubscribe = deps.subscribe((change) => {
      if (touchesArticle(change, url) || change.links.length > 0) void load();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [deps, url]);
  return data;
}
