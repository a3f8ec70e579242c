import { listArticleCards, listCardsOf, type ArticleCard, type Change, type Db } from '../db';
import type { StoryClient } from './story-client';
import { createStoryIndex, type Story } from './story-index';
import { storyOf } from './story-of';

/** What a view shows of another article of the same story. */
export interface StoryArticle {
  url: string;
  title: string;
  source: string | null;
  publishedAt: string | null;
}

export interface StoryLookupDeps {
  db: { get(): Promise<Db> };
  subscribe: (listener: (change: Change) => void) => () => void;
  /** The story worker; null computes stories on this thread. */
  client: StoryClient | null;
}

/**
 * "On this story" for a view of one article (the side panel): the other saved articles telling
 * the story of `url`, earliest first. The stories are computed once, on the first question (in
 * the worker when there is one), then kept up to date from the change feed.
 */
export function createStoryLookup({ db, subscribe, client }: StoryLookupDeps) {
  let cards: Map<string, ArticleCard> | null = null;
  let stories: Story[] = [];
  let pending = new Set<string>();
  let ready: Promise<void> | null = null;
  const local = createStoryIndex();

  async function rebuild() {
    const all = await listArticleCards(await db.get());
    cards = new Map(all.map((c) => [c.url, c]));
    pending = new Set();
    if (client) stories = (await client.rebuild(all)).stories;
    else {
      local.remove([...cards.keys()]);
      local.add(all);
      stories = local.stories();
    }
  }

  async function catchUp() {
    if (pending.size === 0 || !cards) return;
    const urls = [...pending];
    pending = new Set();
    const fresh = await listCardsOf(await db.get(), urls);
    for (const url of urls) cards.delete(url);
    for (const c of fresh) cards.set(c.url, c);
    if (client) {
      await client.remove(urls);
      stories = (await client.add(fresh)).stories;
    } else {
      local.remove(urls);
      local.add(fresh);
      stories = local.stories();
    }
  }

  const unsubscribe = subscribe((change) => {
    if (change.all) ready = null;
    else for (const url of change.articles) pending.add(url);
  });

  async function lookup(url: string): Promise<StoryArticle[]> {
    ready ??= rebuild();
    await ready;
    await catchUp();
    const found = storyOf(stories, url);
    if (!found || !cards) return [];
    return found.others
      .map((u) => cards!.get(u))
      .filter((c): c is ArticleCard => !!c)
      .map((c) => ({ url: c.url, title: c.title, source: c.source, publishedAt: c.publishedAt }));
  }
  return Object.assign(lookup, { close: unsubscribe });
}
