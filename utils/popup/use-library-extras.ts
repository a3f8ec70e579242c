import { useCallback, useEffect, useState } from 'preact/hooks';
import { forEachHead, readTitles, type DbAccessor } from '../db';
import { keywordCounter } from '../search';
import type { Link } from '../schemas/records';
import type { ReadGate } from './read-gate';

/** How many keywords the filter offers (the most used ones). */
export const KEYWORD_CHOICES = 300;

type Deps = { db: Pick<DbAccessor, 'get'> };
type KeywordChoice = { keyword: string; count: number };

/**
 * The keywords the filter offers, counted over every saved article's head once the reader
 * reaches for the search or the filter (`ask`: the pointer over them, or focus in them), not on
 * opening: a popup opened to glance or save walks nothing. Counted again when articles are added
 * or removed (an edit of a note or tags leaves them); the walk keeps the counts alone.
 */
export function useKeywordChoices(
  deps: Deps,
  /** The walk waits between its pages while a search reads. */
  gate: ReadGate,
  order: readonly string[] | null,
  complete: boolean,
) {
  const [choices, setChoices] = useState<KeywordChoice[]>([]);
  const [asked, setAsked] = useState(false);
  const [counting, setCounting] = useState(false);
  useEffect(() => {
    if (!complete || !asked) return;
    let live = true;
    const counter = keywordCounter();
    setCounting(true);
    deps.db
      .get()
      .then((db) =>
        forEachHead(
          db,
          (head) => {
            if (!live) return false;
            counter.add(head);
          },
          gate.idle,
        ),
      )
      .then(
        () => live && setChoices(counter.result().slice(0, KEYWORD_CHOICES)),
        () => undefined, // the filter keeps the choices it had
      )
      .finally(() => live && setCounting(false));
    return () => {
      live = false;
    };
  }, [deps, gate, order?.length, complete, asked]);
  const ask = useCallback(() => setAsked(true), []);
  return { choices, counting, ask };
}

/**
 * The titles of the saved articles the kept links came from (what Read later names them by),
 * read once Read later is shown (`ask`): a library keeps thousands of links for later, whose
 * sources' heads a popup opened to glance or save need not read.
 */
export function useSourceTitles(
  deps: Deps,
  links: readonly Link[],
  order: readonly string[] | null,
) {
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (!asked) return;
    let live = true;
    const sources = [...new Set(links.flatMap((l) => l.fromArticles))];
    if (sources.length === 0) {
      setTitles(new Map());
      return;
    }
    deps.db
      .get()
      .then((db) => readTitles(db, sources))
      .then(
        (found) => live && setTitles(found),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [deps, links, order, asked]);
  const ask = useCallback(() => setAsked(true), []);
  return { titles, ask };
}
