import type { ArticleCard } from '../db';
import { tagKey } from '../tags';

export interface Count {
  value: string;
  count: number;
}

function counted(counts: Map<string, number>): Count[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Sources of the cards with how many articles each, most frequent first. */
export function sourceCounts(cards: readonly ArticleCard[]): Count[] {
  const counts = new Map<string, number>();
  for (const c of cards) if (c.source) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
  return counted(counts);
}

/**
 * The reader's tags with how many articles carry each, most used first. Tags that differ only in
 * case are one tag, shown in the spelling most articles use.
 */
export function tagCounts(cards: readonly ArticleCard[]): Count[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const c of cards) {
    for (const tag of c.tags) {
      const spellings = byKey.get(tagKey(tag)) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      byKey.set(tagKey(tag), spellings);
    }
  }
  const counts = new Map<string, number>();
  for (const spellings of byKey.values()) {
    const [best] = counted(spellings);
    const total = [...spellings.values()].reduce((a, b) => a + b, 0);
    if (best) counts.set(best.value, total);
  }
  return counted(counts);
}
