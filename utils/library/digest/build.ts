import type { Story } from '../../clusters';
import type { ArticleCard } from '../../db';
import type { HubItem } from '../hub/items';
import { rangeStart } from '../hub/items';

export type DigestRange = 'today' | 'week';

/** One story of the digest: the articles saved in the range that tell it (one or more). */
export interface DigestStory {
  /** The story's id, or the article's url for a story told once. */
  id: string;
  articles: ArticleCard[];
  /** The keywords of its articles, the most shared first. */
  keywords: string[];
  sources: string[];
  /** The reader's highlights in its articles, oldest first. */
  highlights: HubItem[];
  /** When its newest article was saved (ms). */
  latest: number;
}

const MAX_KEYWORDS = 8;

function rankedKeywords(articles: readonly ArticleCard[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const k of new Set(a.keywords)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_KEYWORDS)
    .map(([k]) => k);
}

/**
 * The articles saved today or this week, grouped by story (the library's clusters), the stories
 * told most often first, then the most recent.
 */
export function buildDigest(
  cards: readonly ArticleCard[],
  stories: readonly Story[],
  items: readonly HubItem[],
  range: DigestRange,
  now: Date,
): DigestStory[] {
  const from = rangeStart(range === 'today' ? 'today' : 'week', now);
  const storyOfUrl = new Map<string, string>();
  for (const s of stories) for (const u of s.urls) storyOfUrl.set(u, s.id);
  const groups = new Map<string, ArticleCard[]>();
  for (const c of cards) {
    if (Date.parse(c.savedAt) < from) continue;
    const id = storyOfUrl.get(c.url) ?? c.url;
    const group = groups.get(id);
    if (group) group.push(c);
    else groups.set(id, [c]);
  }
  const byArticle = new Map<string, HubItem[]>();
  for (const it of items) {
    if (!groups.has(storyOfUrl.get(it.articleUrl) ?? it.articleUrl)) continue;
    const list = byArticle.get(it.articleUrl);
    if (list) list.push(it);
    else byArticle.set(it.articleUrl, [it]);
  }
  const digest = [...groups].map(([id, articles]) => {
    const sorted = [...articles].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    return {
      id,
      articles: sorted,
      keywords: rankedKeywords(sorted),
      sources: [...new Set(sorted.map((a) => a.source).filter((s): s is string => !!s))],
      highlights: sorted.flatMap((a) => byArticle.get(a.url) ?? []).sort((a, b) => a.time - b.time),
      latest: Math.max(...sorted.map((a) => Date.parse(a.savedAt) || 0)),
    };
  });
  return digest.sort((a, b) => b.articles.length - a.articles.length || b.latest - a.latest);
}
