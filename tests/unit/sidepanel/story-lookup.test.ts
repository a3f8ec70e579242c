import { describe, expect, it } from 'vitest';
import { createOwner, type Change } from '../../../utils/db';
import type { Article } from '../../../utils/schemas';
import { createStoryLookup, localStoryEngine } from '../../../utils/sidepanel/story-lookup';
import fixtures from '../../fixtures/stories/articles.json';
import { at, freshDb } from '../db/helpers';

type Fixture = (typeof fixtures.articles)[number];
const toArticle = (f: Fixture): Article => ({
  url: f.url,
  format: 'quickread',
  title: f.title,
  publishedAt: f.publishedAt,
  source: new URL(f.url).hostname,
  summary: f.summary,
  keywords: f.keywords,
  aiGenerated: true,
  bodyText: '',
  related: [],
});
const ofStory = (story: string) =>
  fixtures.articles.filter((f) => f.story === story).map(toArticle);

async function setUp(saved: Article[]) {
  const { db } = await freshDb();
  const heard: Change[] = [];
  let minute = 0;
  const stories = createStoryLookup({ get: async () => db }, localStoryEngine());
  const owner = createOwner({
    db: async () => db,
    now: () => at(++minute),
    announce: (c) => {
      heard.push(c);
      stories.hear(c);
    },
  });
  for (const a of saved) await owner.saveArticle(a);
  return { owner, lookup: stories.lookup };
}

describe('"On this story" in the side panel', () => {
  const [orion1, orion2, orion3] = ofStory('orion-release');
  const [chip1, chip2] = ofStory('h300-chip');

  it('lists the other saved articles telling the same story, and none for an unrelated one', async () => {
    const { lookup } = await setUp([orion1!, orion2!, chip1!]);
    const found = await lookup(orion1!.url);
    expect(found.map((a) => a.url)).toEqual([orion2!.url]);
    expect(found[0]).toMatchObject({ title: orion2!.title, source: 'site-b.example.org' });
    expect(await lookup(chip1!.url)).toEqual([]);
  });

  it('follows the change feed: an article saved later joins, a deleted one leaves', async () => {
    const { owner, lookup } = await setUp([orion1!, chip1!]);
    expect(await lookup(orion1!.url)).toEqual([]);
    await owner.saveArticle(orion3!);
    await owner.saveArticle(chip2!);
    expect((await lookup(orion1!.url)).map((a) => a.url)).toEqual([orion3!.url]);
    expect((await lookup(chip1!.url)).map((a) => a.url)).toEqual([chip2!.url]);
    await owner.deleteArticle(orion3!.url);
    expect(await lookup(orion1!.url)).toEqual([]);
  });
});
