/** A saved article about the same story as the one in the panel. */
export interface StoryArticle {
  url: string;
  title: string;
  source: string | null;
  publishedAt: string | null;
}

/** The other saved articles telling the story of the article at `url` (not that one itself). */
export type StoryLookup = (url: string) => Promise<StoryArticle[]>;
