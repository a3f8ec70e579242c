import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { listLinks, listSavedUrls, type ArticleCard, type Change } from '../db';
import type { Link } from '../schemas/records';
import type { PopupDeps } from './deps';
import { serialQueue } from './serial-queue';
import { useCardWindow } from './use-card-window';

import { readFirstCards } from '../view/first-cards';

const urlsOf = (cards: readonly ArticleCard[]) => cards.map((c) => c.url);

/**
 * The saved articles as the popup holds them: every url in list order (read from the `savedAt`
 * index's keys, no record), the cards of the rows in view (`useCardWindow`), and the links kept
 * for later. The newest cards come first (from the boot script when it read them in time); each
 * change is read again on its own (the order and the window's cards it names, the Read later list
 * when links changed, everything after an import). Reads run one after another.
 */
export function useLibraryReads(
  deps: Pick<PopupDeps, 'db' | 'firstCards'>,
  onError: (e: unknown) => void,
) {
  const first = deps.firstCards ?? null;
  /** The urls in list order: the first screen's until the whole order is read. */
  const [order, setOrder] = useState<string[] | null>(first && urlsOf(first));
  const [complete, setComplete] = useState(false);
  const [links, setLinks] = useState<Link[]>([]);
  const enqueue = useMemo(() => serialQueue(), []);
  const report = useRef(onError);
  report.current = onError;
  const cardWindow = useCardWindow(deps, first, enqueue, (e) => report.current(e));

  const readOrder = useCallback(async () => {
    const db = await deps.db.get();
    const [urls, later] = await Promise.all([listSavedUrls(db), listLinks(db, { forLater: true })]);
    setOrder(urls);
    setLinks(later);
    setComplete(true);
  }, [deps]);

  useEffect(() => {
    enqueue(async () => {
      if (!deps.firstCards) {
        const cards = await readFirstCards(await deps.db.get(), 'popup');
        cardWindow.reset(cards);
        setOrder((o) => o ?? urlsOf(cards));
      }
      await readOrder();
    }).catch((e: unknown) => report.current(e));
  }, [deps, enqueue, readOrder]);

  /** Read again what `change` concerns. Resolves once the lists show it. */
  const refresh = useCallback(
    (change: Change) =>
      enqueue(async () => {
        if (change.all) {
          cardWindow.reset([]);
          return readOrder();
        }
        const db = await deps.db.get();
        await Promise.all([
          change.articles.length > 0 && listSavedUrls(db).then(setOrder),
          change.links.length > 0 && listLinks(db, { forLater: true }).then(setLinks),
        ]);
      }).then(() => cardWindow.reread(change.articles)),
    [deps, enqueue, readOrder, cardWindow],
  );

  return { order, complete, links, refresh, report, ...cardWindow };
}
