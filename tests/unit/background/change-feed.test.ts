import { describe, expect, it } from 'vitest';
import { createChangeFeed } from '../../../utils/background/change-feed';
import { change, saveArticle, type Change } from '../../../utils/db';
import type { BadgeState } from '../../../utils/background/badge';
import { article, at, freshDb } from '../db/helpers';

async function setUp(tabs: { id: number; url: string }[]) {
  const { db } = await freshDb();
  const heard: Change[] = [];
  const badges: [number, BadgeState][] = [];
  const refreshed: number[] = [];
  const feed = createChangeFeed({
    db: async () => db,
    broadcast: async (c) => void heard.push(c),
    tabs: async () => tabs,
    setBadge: async (id, state) => void badges.push([id, state]),
    refreshTab: async (id) => void refreshed.push(id),
    onError: (e) => {
      throw e;
    },
  });
  const settle = () => new Promise((r) => setTimeout(r, 20));
  return { db, feed, heard, badges, refreshed, settle };
}

describe('the change feed in the background', () => {
  it('tells the views, and repaints only the tabs showing the changed article', async () => {
    const a = article(1);
    const { db, feed, heard, badges, refreshed, settle } = await setUp([
      { id: 1, url: `${a.url}#top` },
      { id: 2, url: article(2).url },
    ]);
    await saveArticle(db, a, at(1));
    feed.announce(change({ articles: [a.url] }));
    await settle();
    expect(heard).toHaveLength(1);
    expect(badges).toEqual([[1, 'saved']]);
    expect(refreshed).toEqual([]); // no highlight changed: the page has nothing to paint again
    feed.announce(change({ articles: [a.url], highlights: ['h1'] }));
    await settle();
    expect(refreshed).toEqual([1]);
  });

  it('clears the badge of a tab whose article was deleted, keeping what the page is', async () => {
    const a = article(3);
    const { feed, badges, settle } = await setUp([{ id: 5, url: 'https://example.com/other' }]);
    feed.notePage(5, a.url, 'quickread'); // the page's canonical url names the article
    feed.announce(change({ articles: [a.url] }));
    await settle();
    expect(badges).toEqual([[5, 'quickread']]);
  });

  it('repaints every tab after an import', async () => {
    const { feed, refreshed, settle } = await setUp([
      { id: 1, url: 'https://a.example/' },
      { id: 2, url: 'https://b.example/' },
    ]);
    feed.announce(change({ all: true }));
    await settle();
    expect(refreshed.sort()).toEqual([1, 2]);
  });
});
