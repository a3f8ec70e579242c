import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createStoryLookup } from '../../../utils/clusters';
import {
  DB_NAME,
  change,
  deleteArticle,
  openDb,
  saveArticle,
  type Change,
} from '../../../utils/db';
import fixtures from '../../fixtures/stories/articles.json';

const asArticle = (a: (typeof fixtures.articles)[number]) => ({
  url: a.url,
  format: 'quickread' as const,
  title: a.title,
  publishedAt: a.publishedAt,
  source: new URL(a.url).host,
  summary: a.summary,
  keywords: a.keywords,
  aiGenerated: true,
  bodyText: a.summary,
  related: [],
});

describe('"on this story" for one article', () => {
  it('answers the other articles of its story, and follows the change feed', async () => {
    const db = await openDb(DB_NAME, new IDBFactory());
    for (const a of fixtures.articles)
      await saveArticle(db, asArticle(a), '2025-03-06T00:00:00.000Z');
    const listeners: ((c: Change) => void)[] = [];
    const lookup = createStoryLookup({
      db: { get: async () => db },
      subscribe: (l) => (listeners.push(l), () => undefined),
      client: null,
    });
    const h300 = 'https://site-b.example.org/news/88200';
    const twin = 'https://site-c.example.net/chips/h300-mass-production';
    expect((await lookup(h300)).map((a) => a.url)).toEqual([twin]);
    expect(await lookup('https://site-a.example.com/2025/03/06/beichen-7b')).toEqual([]);
    const orion = await lookup('https://site-a.example.com/2025/03/04/orion-2');
    expect(orion.map((a) => a.title)).toHaveLength(2);
    expect(orion[0]).toMatchObject({ publishedAt: '2025-03-05', source: 'site-b.example.org' });

    await deleteArticle(db, twin);
    for (const l of listeners) l(change({ articles: [twin] }));
    expect(await lookup(h300)).toEqual([]);
    db.close();
  });
});
