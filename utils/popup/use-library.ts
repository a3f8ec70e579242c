import { useCallback, useMemo, useState } from 'preact/hooks';
import { listArticleCards, listLinks, listRecentCards, type ArticleCard } from '../db';
import type { Link } from '../schemas/records';
import { buildSearchIndex, keywordCounts, searchCards } from '../search';
import type { PopupDeps } from './deps';

/** How many of the newest cards are shown at once while the whole list loads. */
export const FIRST_CARDS = 30;

/** How many keywords the filter offers (the most used ones). */
export const KEYWORD_CHOICES = 300;

/**
 * The saved articles as cards with their search, and the links kept for later. The search index
 * is built once per load; each keystroke only scans it.
 */
export function useLibrary(deps: Pick<PopupDeps, 'db'>) {
  const [cards, setCards] = useState<ArticleCard[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [firstTotal, setFirstTotal] = useState(0);
  const [later, setLater] = useState<Link[]>([]);
  const [query, setQuery] = useState('');
  const [keyword, setKeyword] = useState<string | null>(null);

  const reloadCards = useCallback(async () => {
    const db = await deps.db.get();
    // The first load shows the newest cards at once, then reads the whole list (search, counts).
    if (!complete) {
      try {
        const first = await listRecentCards(db, FIRST_CARDS);
        setFirstTotal(first.total);
        setCards((current) => current ?? first.cards);
      } catch {
        // the whole list below reports what went wrong
      }
    }
    setCards(await listArticleCards(db));
    setComplete(true);
  }, [deps, complete]);
  const reloadLater = useCallback(async () => {
    setLater(await listLinks(await deps.db.get(), { forLater: true }));
  }, [deps]);
  const reload = useCallback(
    () => Promise.all([reloadCards(), reloadLater()]).then(() => undefined),
    [reloadCards, reloadLater],
  );

  const index = useMemo(() => buildSearchIndex(cards ?? []), [cards]);
  const results = useMemo(() => searchCards(index, query, keyword), [index, query, keyword]);
  const keywords = useMemo(() => keywordCounts(index.cards).slice(0, KEYWORD_CHOICES), [index]);
  const savedUrls = useMemo(() => new Set(index.cards.map((c) => c.url)), [index]);
  const kept = useMemo(() => new Set(later.map((l) => l.url)), [later]);

  return {
    loading: cards === null,
    /** The whole list is loaded: totals, search and the saved state of any page are exact. */
    complete,
    total: complete ? index.cards.length : firstTotal,
    results,
    keywords,
    savedUrls,
    later,
    kept,
    query,
    keyword,
    setQuery,
    setKeyword,
    reload,
    reloadCards,
    reloadLater,
  };
}

export type Library = ReturnType<typeof useLibrary>;
