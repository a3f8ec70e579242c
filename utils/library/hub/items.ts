import type { ArticleCard } from '../../db';
import type { HighlightColor, StoredHighlight } from '../../schemas/records';
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
  /** Text, note, title and source, folded for search. */
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
      haystack: foldText(`${h.text}\n${h.note}\n${card.title}\n${card.source ?? ''}`),
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
  return items.filter(
    (it) =>
      it.time >= from &&
      (!filter.color || it.color === filter.color) &&
      (!filter.source || it.source === filter.source) &&
      (!filter.tag || it.tags.includes(filter.tag)) &&
      (terms.length === 0 || matchesTerms(it.haystack, terms)),
  );
}

/** How many highlights carry each source and tag: the filters' choices, most first. */
export function hubFacets(items: readonly HubItem[]) {
  const sources = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const it of items) {
    if (it.source) sources.set(it.source, (sources.get(it.source) ?? 0) + 1);
    for (const tag of it.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([value, count]) => ({
        value,
        count,
      }));
  return { sources: ranked(sources), tags: ranked(tags) };
}
