import type { Story, StoryDoc, StoryIndex } from './story-index';

/** What clustering reads of a saved article or card (any record with these fields). */
export function toStoryDoc(a: StoryDoc): StoryDoc {
  return {
    url: a.url,
    title: a.title,
    summary: a.summary,
    keywords: a.keywords,
    publishedAt: a.publishedAt,
    savedAt: a.savedAt,
  };
}

/**
 * "On this story": the other saved articles telling the story of `url`, earliest first, with the
 * story's first and last coverage. Works on an index (`createStoryIndex`) or on the stories a
 * worker computed. Empty when `url` is not saved or no other article tells its story.
 */
export function storyOf(
  source: StoryIndex | readonly Story[],
  url: string,
): { story: Story; others: string[] } | null {
  const story =
    'storyOf' in source ? source.storyOf(url) : (source.find((s) => s.urls.includes(url)) ?? null);
  if (!story) return null;
  return { story, others: story.urls.filter((u) => u !== url) };
}
