import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  countArticles,
  listArticleCards,
  listCardsOf,
  listLinks,
  type ArticleCard,
  type Change,
} from '../db';
import type { Link } from '../schemas/records';
import type { PopupDeps } from './deps';
import { patchCards } from './library-cards';
import { serialQueue } from './serial-queue';

import { readFirstCards } from '../view/first-cards';

/**
 * The newest cards, unless the boot script read them in time for the first render, and then the
 * count (a moment later: counting walks the whole store).
 */
async function readFirstScreen(
  deps: Pick<PopupDeps, 'db' | 'firstCards'>,
  show: (first: ArticleCard[]) => void,
  count: (total: number) => void,
) {
  try {
    const db = await deps.db.get();
    if (!deps.firstCards) show(await readFirstCards(db, 'popup'));
    void countArticles(db).then(count, () => undefined);
  } catch {
    // the whole list, read next, reports what went wrong
  }
}

/**
 * The saved articles' cards and the links kept for later, as read from the library. Read once
 * when the popup opens (the newest cards first, then everything); after that each change is read
 * again on its own (the cards of the articles it names, the Read later list when links changed,
 * everything after an import). Reads run one after another.
 */
export function useLibraryReads(
  deps: Pick<PopupDeps, 'db' | 'firstCards'>,
  onError: (e: unknown) => void,
) {
  const [cards, setCards] = useState<ArticleCard[] | null>(deps.firstCards ?? null);
  const [complete, setComplete] = useState(false);
  const [firstTotal, setFirstTotal] = useState<number | null>(null);
  const [links, setLinks] = useState<Link[]>([]);
  const enqueue = useMemo(() => serialQueue(), []);
  const report = useRef(onError);
  report.current = onError;

  const readAll = useCallback(async () => {
    const db = await deps.db.get();
    const [all, later] = await Promise.all([
      listArticleCards(db),
      listLinks(db, { forLater: true }),
    ]);
    setCards(all);
    setLinks(later);
    setComplete(true);
  }, [deps]);

  useEffect(() => {
    // The newest cards at once, then the whole list (search, counts, saved state).
    enqueue(async () => {
      await readFirstScreen(deps, (first) => setCards((c) => c ?? first), setFirstTotal);
      await readAll();
    }).catch((e: unknown) => report.current(e));
  }, [deps, enqueue, readAll]);

  /** Read again what `change` concerns. Resolves once the lists show it. */
  const refresh = useCallback(
    (change: Change) =>
      enqueue(async () => {
        if (change.all) return readAll();
        const db = await deps.db.get();
        await Promise.all([
          change.articles.length > 0 &&
            listCardsOf(db, change.articles).then((found) =>
              setCards((current) => current && patchCards(current, change.articles, found)),
            ),
          change.links.length > 0 && listLinks(db, { forLater: true }).then(setLinks),
        ]);
      }),
    [deps, enqueue, readAll],
  );

  return { cards, complete, firstTotal, links, refresh, report };
}
