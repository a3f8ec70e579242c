import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  foldAhead,
  haystackOf,
  searchCards,
  type SearchableCard,
} from '../../../utils/search';

const cards: SearchableCard[] = Array.from({ length: 50 }, (_, i) => ({
  title: `第 ${i} 篇：大模型`,
  summary: i === 7 ? '開源模型' : '快速阅读',
  keywords: ['AI'],
  note: '',
  highlightText: '',
  savedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
}));

/** Steps waiting to run, run by hand; a clock that moves one millisecond per look. */
function manual() {
  const queue: (() => void)[] = [];
  let ms = 0;
  return {
    later: (step: () => void) => void queue.push(step),
    now: () => ms++,
    runOne: () => queue.shift()?.(),
    pending: () => queue.length,
  };
}

describe('the search index', () => {
  it('folds nothing when built, and a card when it is first searched', () => {
    const cache = new WeakMap<SearchableCard, string>();
    const index = buildSearchIndex(cards, cache);
    expect(cards.some((c) => cache.has(c))).toBe(false);
    expect(searchCards(index, '开源模型')).toEqual([cards[7]]);
    // searching folded every card, once, into the cache kept for the next build
    expect(cards.every((c) => cache.get(c) === haystackOf(c))).toBe(true);
    expect(index.haystack(0)).toBe(haystackOf(index.cards[0]!));
  });

  it('lists every card for an empty query (or a keyword alone) without folding one', () => {
    const cache = new WeakMap<SearchableCard, string>();
    const index = buildSearchIndex(cards, cache);
    expect(searchCards(index, '')).toEqual(index.cards);
    expect(searchCards(index, '  ', 'ai')).toEqual(index.cards);
    expect(cards.some((c) => cache.has(c))).toBe(false);
    // positive control: one word folds them all
    expect(searchCards(index, '快速')).toHaveLength(cards.length - 1);
    expect(cards.every((c) => cache.has(c))).toBe(true);
  });

  it('folds ahead a slice at a time until every card is folded', () => {
    const cache = new WeakMap<SearchableCard, string>();
    const index = buildSearchIndex(cards, cache);
    const m = manual();
    foldAhead(index, m.later, m.now);
    m.runOne();
    const afterOne = cards.filter((c) => cache.has(c)).length;
    expect(afterOne).toBeGreaterThan(0);
    expect(afterOne).toBeLessThan(cards.length); // the slice ended on the clock, with more to do
    while (m.pending() > 0) m.runOne();
    expect(cards.every((c) => cache.has(c))).toBe(true);
  });

  it('stops when told, and the cards left are folded when searched', () => {
    const cache = new WeakMap<SearchableCard, string>();
    const index = buildSearchIndex(cards, cache);
    const m = manual();
    const stop = foldAhead(index, m.later, m.now);
    m.runOne();
    const folded = cards.filter((c) => cache.has(c)).length;
    stop();
    while (m.pending() > 0) m.runOne();
    expect(cards.filter((c) => cache.has(c)).length).toBe(folded);
    expect(searchCards(index, '開源')).toEqual([cards[7]]);
  });
});
