import { createStoryIndex, type Story, type StoryDoc } from '../clusters';
import { listArticleCards, listCardsOf, type Change, type DbAccessor } from '../db';
import type { StoryArticle, StoryLookup } from './story';

/** What computes stories: the story worker's client, or an index on this thread. */
export interface StoryEngine {
  rebuild(docs: readonly StoryDoc[]): Promise<{ stories: Story[] }>;
  add(docs: readonly StoryDoc[]): Promise<{ stories: Story[] }>;
  remove(urls: readonly string[]): Promise<{ stories: Story[] }>;
}

/** A story index on this thread (where workers are missing, and in tests). */
export function localStoryEngine(): StoryEngine {
  let index = createStoryIndex();
  return {
    rebuild: async (docs) => ((index = createStoryIndex(docs)), { stories: index.stories() }),
    add: async (docs) => (index.add(docs), { stories: index.stories() }),
    remove: async (urls) => (index.remove(urls), { stories: index.stories() }),
  };
}

/**
 * "On this story" for the side panel: the library's stories are computed once, when a saved
 * article is first shown, then kept up to date from the change feed one article at a time.
 */
export function createStoryLookup(db: Pick<DbAccessor, 'get'>, engine: StoryEngine) {
  let stories: Story[] | null = null;
  let queue: Promise<void> = Promise.resolve();
  const run = (work: () => Promise<void>) =>
    (queue = queue.then(work).catch(() => {
      stories = null; // read everything again next time
    }));
  const rebuild = async () => {
    stories = (await engine.rebuild(await listArticleCards(await db.get()))).stories;
  };

  const lookup: StoryLookup = async (url) => {
    if (stories === null) run(rebuild);
    await queue;
    const others = stories?.find((s) => s.urls.includes(url))?.urls.filter((u) => u !== url);
    if (!others?.length) return [];
    const cards = await listCardsOf(await db.get(), others);
    return cards.map((c): StoryArticle => ({
      url: c.url,
      title: c.title,
      source: c.source,
      publishedAt: c.publishedAt,
    }));
  };

  return {
    lookup,
    /** A change was committed: bring the stories of the articles it names up to date. */
    hear(change: Change): void {
      if (stories === null) return; // not computed yet: computed in full when first asked
      if (change.all) return void run(rebuild);
      if (!change.articles.length) return;
      run(async () => {
        await engine.remove(change.articles);
        const fresh = await listCardsOf(await db.get(), change.articles);
        stories = (await engine.add(fresh)).stories;
      });
    },
  };
}
