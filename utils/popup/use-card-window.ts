import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { listCardsOf, type ArticleCard, type DbAccessor } from '../db';

/** The most cards the window keeps: a few screens around where the reader looks. */
export const WINDOW_CARDS = 400;

/**
 * `cards` with `found` added (replacing older copies) and `gone` removed; past `WINDOW_CARDS`,
 * the cards read longest ago that are not `wanted` leave (`onEvict` hears each).
 */
export function keepCards(
  cards: ReadonlyMap<string, ArticleCard>,
  found: readonly ArticleCard[],
  gone: readonly string[],
  wanted: ReadonlySet<string>,
  onEvict: (url: string) => void = () => undefined,
): Map<string, ArticleCard> {
  const next = new Map(cards);
  for (const url of gone) next.delete(url);
  for (const card of found) {
    next.delete(card.url);
    next.set(card.url, card);
  }
  for (const url of next.keys()) {
    if (next.size <= WINDOW_CARDS) break;
    if (wanted.has(url)) continue;
    next.delete(url);
    onEvict(url);
  }
  return next;
}

/**
 * The cards of the rows a list shows, read as the list asks for them (`want`), a window of at
 * most `WINDOW_CARDS`: a view of a large library holds its order (urls) and this, never every
 * card. Reads go through `enqueue`, after the reads of the view's other lists.
 */
export function useCardWindow(
  deps: { db: Pick<DbAccessor, 'get'> },
  first: readonly ArticleCard[] | null | undefined,
  enqueue: <T>(work: () => Promise<T>) => Promise<T>,
  onError: (e: unknown) => void,
) {
  const [cards, setCards] = useState<ReadonlyMap<string, ArticleCard>>(
    () => new Map((first ?? []).map((c) => [c.url, c])),
  );
  /** Urls read or being read (a url not saved any more is not asked again until `forget`). */
  const [asked] = useState(() => ({ current: new Set((first ?? []).map((c) => c.url)) }));
  const report = useRef(onError);
  report.current = onError;

  const read = useCallback(
    (urls: readonly string[], wanted: ReadonlySet<string>) =>
      enqueue(async () => {
        const found = await listCardsOf(await deps.db.get(), urls);
        const saved = new Set(found.map((c) => c.url));
        const gone = urls.filter((url) => !saved.has(url));
        setCards((now) => keepCards(now, found, gone, wanted, (url) => asked.current.delete(url)));
      }),
    [deps, enqueue],
  );

  /** Read the cards of `urls` not in the window yet. */
  const want = useCallback(
    (urls: readonly string[]) => {
      const missing = urls.filter((url) => !asked.current.has(url));
      if (missing.length === 0) return;
      for (const url of missing) asked.current.add(url);
      read(missing, new Set(urls)).catch((e: unknown) => report.current(e));
    },
    [read],
  );

  /** Read again the cards of `urls` the window holds (after a change names them). */
  const reread = useCallback(
    async (urls: readonly string[]) => {
      const held = urls.filter((url) => asked.current.has(url));
      if (held.length > 0) await read(held, new Set(held));
    },
    [read],
  );

  /** Set the window's cards (the first screen's), or empty it (after an import). */
  const reset = useCallback((to: readonly ArticleCard[]) => {
    asked.current = new Set(to.map((c) => c.url));
    setCards(new Map(to.map((c) => [c.url, c])));
  }, []);

  const cardOf = useCallback((url: string) => cards.get(url), [cards]);
  return useMemo(() => ({ cardOf, want, reread, reset }), [cardOf, want, reread, reset]);
}
