import { useEffect, useState } from 'preact/hooks';
import type { DbAccessor } from '../db';
import type { Snippet } from '../search';
import type { ReadGate } from './read-gate';
import { bodySnippets, findSaved, withKeyword } from './saved-search';
import { BODY_SEARCH_DELAY_MS, searchKey, SNIPPET_BODIES } from './body-search';

/** What a query and keyword found: the urls of each (null: that part does not narrow). */
export interface SavedFinds {
  key: string;
  /** The articles that hold every term, or null when there is no term. */
  found: ReadonlySet<string> | null;
  /** The articles that carry the keyword, or null when none is picked. */
  tagged: ReadonlySet<string> | null;
  /** The newest finds' body snippets (where the card lacks a term its body holds). */
  snippets: ReadonlyMap<string, Snippet>;
  searching: boolean;
}

const NO_SNIPPETS: ReadonlyMap<string, Snippet> = new Map();
const NONE: SavedFinds = {
  key: '',
  found: null,
  tagged: null,
  snippets: NO_SNIPPETS,
  searching: false,
};

/** The first urls of `order` that both sets (where given) hold. */
function newestOf(
  order: readonly string[],
  found: ReadonlySet<string> | null,
  tagged: ReadonlySet<string> | null,
  count: number,
): string[] {
  const out: string[] = [];
  for (const url of order) {
    if (out.length >= count) break;
    if ((!found || found.has(url)) && (!tagged || tagged.has(url))) out.push(url);
  }
  return out;
}

/**
 * The popup's search over its whole library through the kept index (`findSaved`) and the keyword
 * filter (`withKeyword`): runs when the query, the keyword or the order (any change of the
 * library) changes, and keeps what it found for the same query while it searches again.
 */
export function useSavedSearch(
  deps: { db: Pick<DbAccessor, 'get'> },
  gate: ReadGate,
  order: readonly string[] | null,
  terms: readonly string[],
  keyword: string | null,
  onError: (e: unknown) => void,
): SavedFinds {
  const [state, setState] = useState<SavedFinds>(NONE);
  const key = searchKey(terms, keyword) || (keyword ? `\u0001${keyword}` : '');
  useEffect(() => {
    if (!key || !order) {
      setState(NONE);
      return;
    }
    let live = true;
    setState((s) => (s.key === key && !s.searching ? { ...s, searching: true } : s));
    const pause = () => new Promise<void>((ok) => setTimeout(ok, BODY_SEARCH_DELAY_MS));
    const run = async () => {
      const db = await deps.db.get();
      const [found, tagged] = await Promise.all([
        terms.length > 0 ? findSaved(db, terms, () => live, pause) : null,
        keyword ? withKeyword(db, keyword) : null,
      ]);
      if (!live) return;
      // The finds show at once; the newest finds' body snippets follow (rows keep their height).
      setState({ key, found, tagged, snippets: NO_SNIPPETS, searching: false });
      if (!found) return;
      const snippets = await bodySnippets(
        db,
        newestOf(order, found, tagged, SNIPPET_BODIES),
        terms,
      );
      if (live && snippets.size > 0) {
        setState((s) => (s.key === key ? { ...s, snippets } : s));
      }
    };
    gate.run(run).catch((e: unknown) => {
      if (!live) return;
      setState({ ...NONE, key });
      onError(e);
    });
    return () => {
      live = false;
    };
    // terms and keyword are in `key`
  }, [deps, gate, key, order]);
  if (state.key === key || !key) return key ? state : NONE;
  // A new query: what the last one found shows until this one answers (no flash of an empty
  // list between keystrokes); before any answer, the list stays as it was.
  return { ...(state.key ? state : NONE), key, searching: true };
}
