import { bandKeys, estimateSimilarity, signature } from './minhash';
import { jaccard, shingles } from './shingles';

/**
 * Two articles tell the same story when the shingles of their title, quick-read summary and
 * keywords overlap this much (Jaccard). Calibrated on tests/fixtures/stories: same-story pairs
 * from different sites score 0.26 or more, other stories on the same topic told within the time
 * window at most 0.15 (docs/story-clusters.md has the figures and the false-merge check).
 */
export const SAME_STORY = 0.21;
/** Signatures agreeing on fewer bins than this are not worth an exact comparison. */
const ESTIMATE_FLOOR = SAME_STORY / 2;
/** Coverage of one story rarely spans more than this; older or newer look-alikes are new stories. */
export const STORY_WINDOW_DAYS = 14;
/**
 * A bucket this full holds what many articles share (a common keyword, boilerplate), not a
 * story: it offers no more candidates. Same-story pairs agree on several bands, so they still
 * meet in another bucket; this keeps a save from comparing against thousands of articles.
 */
const BUCKET_CAP = 16;

const DAY_MS = 86_400_000;

/** What clustering reads of a saved article. */
export interface StoryDoc {
  url: string;
  title: string;
  summary: string | null;
  keywords: string[];
  publishedAt: string | null;
  savedAt: string;
}

/** A story told by two or more saved articles. */
export interface Story {
  /** A stable id: the url of its earliest article. */
  id: string;
  /** Its articles, earliest coverage first. */
  urls: string[];
  /** When it was first and last covered (published date, or saved date when there is none). */
  earliest: string;
  latest: string;
}

interface Entry {
  doc: StoryDoc;
  time: number;
  when: string;
  shingles: Uint32Array;
  sig: Uint32Array;
  keys: number[];
}

export function storyText(doc: Pick<StoryDoc, 'title' | 'summary' | 'keywords'>): string {
  return [doc.title, doc.summary ?? '', doc.keywords.join(' ')].join('\n');
}

function entryOf(doc: StoryDoc): Entry {
  const when = doc.publishedAt ?? doc.savedAt;
  const time = Date.parse(when);
  const sh = shingles(storyText(doc));
  const sig = signature(sh);
  return {
    doc,
    when,
    time: Number.isNaN(time) ? Date.parse(doc.savedAt) : time,
    shingles: sh,
    sig,
    keys: bandKeys(sig),
  };
}

/** Whether two articles tell the same story (exact Jaccard, within the time window). */
export function sameStory(a: Entry, b: Entry): boolean {
  if (Math.abs(a.time - b.time) > STORY_WINDOW_DAYS * DAY_MS) return false;
  if (estimateSimilarity(a.sig, b.sig) < ESTIMATE_FLOOR) return false;
  return jaccard(a.shingles, b.shingles) >= SAME_STORY;
}

export interface StoryIndex {
  /** Add articles, or bring changed ones up to date. */
  add(docs: readonly StoryDoc[]): void;
  remove(urls: readonly string[]): void;
  has(url: string): boolean;
  /** Every story of two or more articles, the most recently covered first. */
  stories(): Story[];
  /** The story `url` belongs to, or null when no other saved article tells it. */
  storyOf(url: string): Story | null;
  size(): number;
}

/**
 * Saved articles grouped into stories: MinHash signatures put likely pairs into the same LSH
 * bucket, the exact Jaccard similarity of their shingles decides, and a story is a connected
 * group of such pairs. Adding one article costs a signature and a few comparisons.
 */
export function createStoryIndex(docs: readonly StoryDoc[] = []): StoryIndex {
  const entries = new Map<string, Entry>();
  const buckets = new Map<number, Set<string>>();
  const edges = new Map<string, Set<string>>();
  let cache: { stories: Story[]; byUrl: Map<string, Story> } | null = null;

  function link(a: string, b: string) {
    (edges.get(a) ?? edges.set(a, new Set()).get(a)!).add(b);
    (edges.get(b) ?? edges.set(b, new Set()).get(b)!).add(a);
  }

  function drop(url: string) {
    const entry = entries.get(url);
    if (!entry) return;
    entries.delete(url);
    for (const key of entry.keys) buckets.get(key)?.delete(url);
    for (const other of edges.get(url) ?? []) edges.get(other)?.delete(url);
    edges.delete(url);
  }

  function insert(doc: StoryDoc) {
    drop(doc.url);
    const entry = entryOf(doc);
    const seen = new Set<string>();
    for (const key of entry.keys) {
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = new Set()));
      if (bucket.size < BUCKET_CAP) {
        for (const other of bucket) {
          if (seen.has(other)) continue;
          seen.add(other);
          if (sameStory(entry, entries.get(other)!)) link(doc.url, other);
        }
      }
      bucket.add(doc.url);
    }
    entries.set(doc.url, entry);
  }

  function build() {
    const stories: Story[] = [];
    const byUrl = new Map<string, Story>();
    for (const start of edges.keys()) {
      if (byUrl.has(start) || (edges.get(start)?.size ?? 0) === 0) continue;
      const members = [start];
      const found = new Set(members);
      for (let i = 0; i < members.length; i++) {
        for (const next of edges.get(members[i]!) ?? []) {
          if (!found.has(next)) {
            found.add(next);
            members.push(next);
          }
        }
      }
      const ordered = members
        .map((url) => entries.get(url)!)
        .sort((a, b) => a.time - b.time || (a.doc.url < b.doc.url ? -1 : 1));
      const story: Story = {
        id: ordered[0]!.doc.url,
        urls: ordered.map((e) => e.doc.url),
        earliest: ordered[0]!.when,
        latest: ordered[ordered.length - 1]!.when,
      };
      stories.push(story);
      for (const url of story.urls) byUrl.set(url, story);
    }
    const latest = (s: Story) => entries.get(s.urls[s.urls.length - 1]!)!.time;
    stories.sort((a, b) => latest(b) - latest(a) || (a.id < b.id ? -1 : 1));
    return { stories, byUrl };
  }

  const index: StoryIndex = {
    add(list) {
      for (const doc of list) insert(doc);
      cache = null;
    },
    remove(urls) {
      for (const url of urls) drop(url);
      cache = null;
    },
    has: (url) => entries.has(url),
    stories: () => (cache ??= build()).stories,
    storyOf: (url) => (cache ??= build()).byUrl.get(url) ?? null,
    size: () => entries.size,
  };
  index.add(docs);
  return index;
}
