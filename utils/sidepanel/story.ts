import type { StoryArticle } from '../clusters/story-lookup';

export type { StoryArticle };

/** The other saved articles telling the story of the article at `url` (not that one itself). */
export type StoryLookup = (url: string) => Promise<StoryArticle[]>;
