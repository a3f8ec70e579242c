import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createStoryIndex, type Story, type StoryIndex } from '../clusters';
import {
  listArticleCards,
  listCardsOf,
  listLinks,
  countArticles,
  type ArticleCard,
  type Change,
} from '../db';
import { haystackOf } from '../search';
import type { LibraryDeps } from './deps';
import { readFirstCards } from '../view/first-cards';

/** How many of the newest cards are shown at once while the whole library loads. */
/** A change naming more articles than this is read as a whole new library. */
const PATCH_LIMIT = 500;

/** Cards after `changed` urls were read again: `fresh` are those still saved. */
export function patchCards(
  cards: readonly ArticleCard[],
  changed: readonly string[],
  fresh: readonly ArticleCard[],
): ArticleCard[] {
  const gone = new Set(changed);
  return [...cards.filter((c) => !gone.has(c.url)), ...fresh];
}

function useStories(deps: LibraryDeps) {
  const [stories, setStories] = useState<Story[] | null>(null);
  const local = useRef<StoryIndex | null>(null);
  const rebuild = useCallback(
    async (cards: readonly ArticleCard[]) => {
      if (deps.stories) setStories((await deps.stories.rebuild(cards)).stories);
      else setStories((local.current = createStoryIndex(cards)).stories());
    },
    [deps],
  );
  const update = useCallback(
    async (removed: readonly string[], added: readonly ArticleCard[]) => {
      if (deps.stories) {
        await deps.stories.remove(removed);
        setStories((await deps.stories.add(added)).stories);
      } else if (local.current) {
        local.current.remove(removed);
        local.current.add(added);
        setStories(local.current.stories());
      }
    },
    [deps],
  );
  return { stories, rebuild, update };
}

/**
 * The whole library as cards (without bodies: those are searched a page at a time, never held),
 * the urls kept for later, and the stories; read through `utils/db` and kept up to date from the
 * change feed. Each card's search text is folded as its page of the library comes in (`folded`,
 * by card), between the reads: at 50,000 articles folding them all once the whole library is
 * in took the main thread for a few hundred milliseconds, and a search typed then waited for it.
 */
export function useLibraryData(deps: LibraryDeps, onError: (e: unknown) => void) {
  const [cards, setCards] = useState<ArticleCard[] | null>(deps.firstCards ?? null);
  const [folded] = useState(() => new WeakMap<ArticleCard, string>());
  const [complete, setComplete] = useState(false);
  const [firstTotal, setFirstTotal] = useState(0);
  const [later, setLater] = useState<ReadonlySet<string>>(new Set());
  const stories = useStories(deps);

  const loadLater = useCallback(async () => {
    const links = await listLinks(await deps.db.get(), { forLater: true });
    setLater(new Set(links.filter((l) => l.readAt === null).map((l) => l.url)));
  }, [deps]);

  const loadAll = useCallback(async () => {
    const db = await deps.db.get();
    const all = await listArticleCards(db, (card) => folded.set(card, haystackOf(card)));
    setCards(all);
    setComplete(true);
    await Promise.all([loadLater(), stories.rebuild(all)]);
  }, [deps, loadLater, stories.rebuild]);

  const applyChange = useCallback(
    async (change: Change) => {
      if (change.all || change.articles.length > PATCH_LIMIT) return loadAll();
      if (change.links.length > 0) await loadLater();
      if (change.articles.length === 0) return;
      const fresh = await listCardsOf(await deps.db.get(), change.articles);
      setCards((now) => patchCards(now ?? [], change.articles, fresh));
      await stories.update(change.articles, fresh);
    },
    [deps, loadAll, loadLater, stories.update],
  );

  useEffect(() => {
    let stopped = false;
    (async () => {
      const db = await deps.db.get();
      // Shown in the first render when the boot script read them in time.
      const first = deps.firstCards ?? (await readFirstCards(db, 'library'));
      if (stopped) return;
      setCards((known) => known ?? first);
      // The count comes a moment later: counting walks the whole store.
      void countArticles(db).then(setFirstTotal, () => undefined);
      await loadAll();
    })().catch(onError);
    const unsubscribe = deps.subscribe((change) => void applyChange(change).catch(onError));
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [deps]);

  return {
    cards,
    complete,
    total: complete ? (cards?.length ?? 0) : Math.max(firstTotal, cards?.length ?? 0),
    later,
    stories: stories.stories,
    folded,
  };
}
