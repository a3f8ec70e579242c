import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleCard, Change, Db } from '../../db';
import { listAllHighlights, listHighlights } from '../../db';
import type { StoredHighlight } from '../../schemas/records';
import { queryTerms } from '../../search';
import type { LibraryDeps } from '../deps';
import { NO_HUB_FILTER, buildHubItems, filterHub, hubFacets, type HubFilter } from './items';

/** The highlights of the articles `urls` (one request each, through the `articleUrl` index). */
async function highlightsOf(db: Db, urls: readonly string[]): Promise<StoredHighlight[]> {
  const lists = await Promise.all(
    urls.map(async (url) =>
      (await listHighlights(db, url)).map((h) => ({ ...h, articleUrl: url })),
    ),
  );
  return lists.flat();
}

/** `all` with the highlights of the articles `urls` read again. */
async function patched(db: Db, all: StoredHighlight[], urls: readonly string[]) {
  const gone = new Set(urls);
  return [...all.filter((h) => !gone.has(h.articleUrl)), ...(await highlightsOf(db, urls))];
}

/**
 * Every highlight in the library, kept up to date from the change feed. While the whole store is
 * read (seconds at 30,000 highlights on a slow machine), those of the first articles shown
 * (`firstUrls`, the newest saved; or those read with the first cards, `deps.firstHighlights`) are
 * shown first; `complete` says when all are in.
 * The whole store is read only once `ready` (the library's list is in): read at once, it held up
 * the list's first screen.
 */
export function useAllHighlights(
  deps: LibraryDeps,
  firstUrls: readonly string[],
  ready: boolean,
  onError: (e: unknown) => void,
) {
  const [highlights, setHighlights] = useState<StoredHighlight[] | null>(null);
  const [first, setFirst] = useState<StoredHighlight[] | null>(deps.firstHighlights ?? null);
  // Read with the first cards by the boot script, when it came in time.
  const asked = useRef(first !== null);
  useEffect(() => {
    if (asked.current || firstUrls.length === 0) return;
    asked.current = true;
    (async () => setFirst(await highlightsOf(await deps.db.get(), firstUrls)))().catch(onError);
  }, [deps, firstUrls]);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    let current: StoredHighlight[] = [];
    const set = (h: StoredHighlight[]) => {
      current = h;
      if (live) setHighlights(h);
    };
    const reload = async () => set(await listAllHighlights(await deps.db.get()));
    const apply = async (c: Change) => {
      if (c.all) return reload();
      if (c.articles.length > 0) set(await patched(await deps.db.get(), current, c.articles));
    };
    reload().catch(onError);
    const unsubscribe = deps.subscribe((c) => void apply(c).catch(onError));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [deps, ready]);
  return { highlights: highlights ?? first, complete: highlights !== null };
}

/** The hub's state: every highlight joined with its article, the filter, and what passes it. */
export function useHub(
  highlights: StoredHighlight[] | null,
  complete: boolean,
  cards: readonly ArticleCard[],
  now: Date,
) {
  const [filter, setFilterState] = useState<HubFilter>(NO_HUB_FILTER);
  const items = useMemo(() => buildHubItems(highlights ?? [], cards), [highlights, cards]);
  const terms = useMemo(() => queryTerms(filter.query), [filter.query]);
  const day = now.toDateString();
  const shown = useMemo(() => filterHub(items, filter, terms, now), [items, filter, terms, day]);
  const facets = useMemo(() => hubFacets(items), [items]);
  return {
    loading: highlights === null,
    /** Every highlight is in (not only those of the newest articles). */
    complete,
    items,
    shown,
    terms,
    facets,
    filter,
    setFilter: (patch: Partial<HubFilter>) => setFilterState((f) => ({ ...f, ...patch })),
    clearFilter: () => setFilterState(NO_HUB_FILTER),
  };
}

export type HubState = ReturnType<typeof useHub>;
