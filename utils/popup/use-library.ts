import { useCallback, useMemo, useState } from 'preact/hooks';
import { listArticleCards, listLinks, type ArticleCard } from '../db';
import type { Link } from '../schemas/records';
import { buildSearchIndex, keywordCounts, searchCards } from '../search';
import type { PopupDeps } from './deps';

/** How many keywords the filter offers (the most used ones). */
export const KEYWORD_CHOICES = 300;

/**
 * The saved articles as cards with their search, and the links kept for later. The search index
 * is built once per load; each keystroke only scans it.
 */
export function useLibrary(deps: Pick<PopupDeps, 'db'>) {
  const [cards, setCards] = useState<ArticleCard[] | null>(null);
  const [later, setLater] = useState<Link[]>([]);
  const [query, setQuery] = useState('');
  const [keyword, setKeyword] = useState<string | null>(null);

  const reloadCards = useCallback(async () => {
    setCards(await listArticleCards(await deps.db.get()));
  }, [deps]);
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
    total: index.cards.length,
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
