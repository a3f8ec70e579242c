import { useEffect, useState } from 'preact/hooks';
import { getArticle, listHighlights, touchesArticle } from '../../db';
import type { Highlight, SavedArticle } from '../../schemas/records';
import type { LibraryDeps } from '../deps';

export interface ReaderData {
  article: SavedArticle;
  highlights: Highlight[];
}

/** The saved article and its highlights, read from the local database (works offline). */
export function useReaderData(
  deps: LibraryDeps,
  url: string | null,
  onError: (e: unknown) => void,
) {
  const [data, setData] = useState<ReaderData | null | undefined>(undefined);
  useEffect(() => {
    setData(undefined);
    if (!url) return;
    let live = true;
    const load = async () => {
      const db = await deps.db.get();
      const [article, highlights] = await Promise.all([
        getArticle(db, url),
        listHighlights(db, url),
      ]);
      if (live) setData(article ? { article, highlights } : null);
    };
    load().catch(onError);
    const unsubscribe = deps.subscribe((c) => {
      if (touchesArticle(c, url)) load().catch(onError);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [deps, url]);
  return data;
}
