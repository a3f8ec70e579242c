/**
 * Every limit of story clustering, in one place (calibrated on tests/fixtures/stories/labelled.json;
 * docs/story-clusters.md has the figures).
 */
export const STORY_LIMITS = {
  /** An article joins a story when its Jaccard similarity to the story's centroid is this or more. */
  sameStory: 0.16,
  /** A story spans at most this many days, first coverage to last. */
  windowDays: 7,
  /** A story holds at most this many articles; a further look-alike starts a story of its own. */
  maxArticles: 50,
  /**
   * An LSH bucket holding this many stories holds what many articles share (a stock phrase, a
   * common keyword), not a story: it offers no candidates. Same-story articles agree on several
   * bands, so they still meet in another bucket.
   */
  bucketCap: 16,
  /** How many candidate stories (those sharing the most buckets) an article is compared with. */
  candidates: 8,
} as const;
