import type { ArticleCard } from '../../db';
import type { HighlightColor, StoredHighlight } from '../../schemas/records';
import { tagKey } from '../../tags';
import { foldText, matchesTerms } from '../../search';
import { DAY_MS } from './limits';

/** One highlight as the hub lists it: the highlight with what it needs of its article. */
export interface HubItem {
  id: string;
  articleUrl: string;
  text: string;
  note: string;
  color: HighlightColor;
  createdAt: string;
  /** `createdAt` in ms, for sorting and date filters. */
  time: number;
  title: string;
  source: string | null;
  publishedAt: string | null;
  /** The article's tags (the reader's own). */
  tags: readonly string[];
  /** The highlight's own tags. */
  highlightTags: readonly string[];
  /** The keys (`tagKey`) of the highlight's tags and its article's, each once: what the tag filter matches. */
  tagKeys: readonly string[];
  /** Text, note, its tags, title and source, folded for search. */
  haystack: string;
}

export type HubRange = 'all' | 'today' | 'week' | 'month';
export const HUB_RANGES: readonly HubRange[] = ['all', 'today', 'week', 'month'];

export interface HubFilter {
  query: string;
  color: HighlightColor | '';
  tag: string;
  source: string;
  range: HubRange;
}

export const NO_HUB_FILTER: HubFilter = { query: '', color: '', tag: '', source: '', range: 'all' };

const keysOfCard = new WeakMap<ArticleCard, readonly string[]>();

/** The keys of an article's tags, worked out once per card (an article has many highlights). */
function cardKeys(card: ArticleCard): readonly string[] {
  let keys = keysOfCard.get(card);
  if (!keys) keysOfCard.set(card, (keys = [...new Set(card.tags.map(tagKey))]));
  return keys;
}

/** Every highlight whose article is saved, joined with its article, newest first. */
export function buildHubItems(
  highlights: readonly StoredHighlight[],
  cards: readonly ArticleCard[],
): HubItem[] {
  const byUrl = new Map(cards.map((c) => [c.url, c]));
  const items: HubItem[] = [];
  for (const h of highlights) {
    const card = byUrl.get(h.articleUrl);
    if (!card) continue;
    const own = h.tags ?? [];
    items.push({
      id: h.id,
      articleUrl: h.articleUrl,
      text: h.text,
      note: h.note,
      color: h.color,
      createdAt: h.createdAt,
      time: Date.parse(h.createdAt) || 0,
      title: card.title,
      source: card.source,
      publishedAt: card.publishedAt,
      tags: card.tags,
      highlightTags: own,
      tagKeys: own.length === 0 ? cardKeys(card) : [...new Set([...own, ...card.tags].map(tagKey))],
      haystack: foldText(
        `${h.text}\n${h.note}\n${own.join(' ')}\n${card.title}\n${card.source ?? ''}`,
      ),
    });
  }
  return items.sort((a, b) => b.time - a.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The start of the range `range` ends at `now` (local days), or -Infinity for all time. */
export function rangeStart(range: HubRange, now: Date): number {
  if (range === 'all') return -Infinity;
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (range === 'today') return midnight;
  return midnight - (range === 'week' ? 6 : 29) * DAY_MS;
}

/** The items that pass `filter` (already folded `terms` of its query), in the order given. */
export function filterHub(
  items: readonly HubItem[],
  filter: HubFilter,
  terms: readonly string[],
  now: Date,
): HubItem[] {
  const from = rangeStart(filter.range, now);
  const tag = filter.tag && tagKey(filter.tag);
  return items.filter(
    (it) =>
      it.time >= from &&
      (!filter.color || it.color === filter.color) &&
      (!filter.source || it.source === filter.source) &&
      (!tag || it.tagKeys.includes(tag)) &&
      (terms.length === 0 || matchesTerms(it.haystack, terms)),
  );
}

/**
 * How many highlights carry each source and tag (its own or its article's; `AI` and `ai` are one
 * tag, under the first spelling met): the filters' choices, most first.
 */
export function hubFacets(items: readonly HubItem[]) {
  const sources = new Map<string, number>();
  const tags = new Map<string, { value: string; count: number }>();
  for (const it of items) {
    if (it.source) sources.set(it.source, (sources.get(it.source) ?? 0) + 1);
    for (const key of it.tagKeys) {
      const entry = tags.get(key);
      if (entry) entry.count++;
      else tags.set(key, { value: spelling(it, key), count: 1 });
    }
  }
  const ranked = (list: { value: string; count: number }[]) =>
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    sources: ranked([...sources].map(([value, count]) => ({ value, count }))),
    tags: ranked([...tags.values()]),
  };
}

/** How `it` spells the tag of key `key` (its own spelling first, then its article's). */
function spelling(it: HubItem, key: string): string {
  return [...it.highlightTags, ...it.tags].find((t) => tagKey(t) === key) ?? key;
}
