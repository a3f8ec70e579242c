import type { ArticleCard } from '../db';

/**
 * The card list with the cards of `urls` read again (`found`: those still saved): a card still
 * saved replaces its old self in place (or comes first when it is new), one no longer saved
 * leaves the list.
 */
export function patchCards(
  cards: readonly ArticleCard[],
  urls: readonly string[],
  found: readonly ArticleCard[],
): ArticleCard[] {
  const fresh = new Map<string, ArticleCard | null>(urls.map((url) => [url, null]));
  for (const card of found) fresh.set(card.url, card);
  const seen = new Set<string>();
  const kept: ArticleCard[] = [];
  for (const card of cards) {
    if (!fresh.has(card.url)) {
      kept.push(card);
      continue;
    }
    seen.add(card.url);
    const now = fresh.get(card.url);
    if (now) kept.push(now);
  }
  const added = [...fresh.values()].filter((c): c is ArticleCard => c !== null && !seen.has(c.url));
  return [...added, ...kept];
}
