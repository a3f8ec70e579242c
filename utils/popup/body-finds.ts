import type { ArticleCard } from '../db';
import type { SearchIndex, Snippet } from '../search';

/**
 * How many articles found through the body index have their body read for the snippet: about a
 * screenful (the rest are listed without one; the index's word is exact).
 */
export const SNIPPET_BODIES = 12;

/**
 * What body search found, by each card's place in the index it searched: which cards' bodies
 * complete what their own text lacks of the query, and where the bodies read matched.
 */
export interface BodyFinds {
  /** The index searched: `found` is by its cards' places. */
  index: SearchIndex<ArticleCard>;
  /** 1 at each card that body search adds. */
  found: Uint8Array;
  /** Where the body matched, for the finds whose body was read (the newest, the not yet indexed). */
  snippets: Map<string, Snippet>;
}

/** Nothing found (yet) in `index`. */
export const noFinds = (index: SearchIndex<ArticleCard>): BodyFinds => ({
  index,
  found: new Uint8Array(index.cards.length),
  snippets: new Map(),
});

/** Add the card at `i` to `finds`, with its snippet when its body was read. */
export function addFind(finds: BodyFinds, i: number, snippet?: Snippet): void {
  finds.found[i] = 1;
  if (snippet) finds.snippets.set(finds.index.cards[i]!.url, snippet);
}

/** The urls of the cards that body search adds, newest first. */
export function foundUrls(finds: BodyFinds): string[] {
  return finds.index.cards.filter((_, i) => finds.found[i] === 1).map((c) => c.url);
}

const positions = new WeakMap<SearchIndex<ArticleCard>, Map<string, number>>();

/** Where each card is in the index, by url (kept with the index). */
export function positionsOf(index: SearchIndex<ArticleCard>): Map<string, number> {
  let position = positions.get(index);
  if (!position) {
    position = new Map(index.cards.map((card, i) => [card.url, i]));
    positions.set(index, position);
  }
  return position;
}

/** The finds by the places of `index`'s cards (the library may have changed since the search). */
export function foundIn(finds: BodyFinds, index: SearchIndex<ArticleCard>): Uint8Array {
  if (finds.index === index) return finds.found;
  const position = positionsOf(index);
  const out = new Uint8Array(index.cards.length);
  finds.found.forEach((one, i) => {
    const now = one ? position.get(finds.index.cards[i]!.url) : undefined;
    if (now !== undefined) out[now] = 1;
  });
  return out;
}
