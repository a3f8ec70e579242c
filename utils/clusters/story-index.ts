import { STORY_LIMITS } from './limits';
import { bandKeys, signature } from './minhash';
import { shingles } from './shingles';

export { STORY_LIMITS } from './limits';
/** An article joins a story when its similarity to the story's centroid is at least this. */
export const SAME_STORY = STORY_LIMITS.sameStory;
/** A story spans at most this many days, first coverage to last. */
export const STORY_WINDOW_DAYS = STORY_LIMITS.windowDays;

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
  group: Group;
}

/** A story being formed: its articles, the time they span, and its centroid. */
interface Group {
  members: Set<Entry>;
  earliest: number;
  latest: number;
  /** How many of its articles hold each shingle. */
  counts: Map<number, number>;
  /** The sum of its articles' shingle counts. */
  sizes: number;
}

export function storyText(doc: Pick<StoryDoc, 'title' | 'summary' | 'keywords'>): string {
  return [doc.title, doc.summary ?? '', doc.keywords.join(' ')].join('\n');
}

function entryOf(doc: StoryDoc): Omit<Entry, 'group'> {
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

/**
 * How close an article is to a story as a whole: the Jaccard similarity of its shingles to the
 * story's average article (the centroid: shared shingles and size averaged over the story's
 * articles). One close member is not enough, so a story cannot drift by chaining look-alikes.
 * Costs one look-up per shingle of the article, whatever the story's size.
 */
export function closeness(
  shingled: Uint32Array,
  group: Pick<Group, 'members' | 'counts' | 'sizes'>,
): number {
  const n = group.members.size;
  if (n === 0 || shingled.length === 0) return 0;
  let shared = 0;
  for (let i = 0; i < shingled.length; i++) shared += group.counts.get(shingled[i]!) ?? 0;
  const common = shared / n;
  return common / (shingled.length + group.sizes / n - common);
}

/** Count an article's shingles into (`by` 1) or out of (`by` -1) its story's centroid. */
function tally(group: Group, shingled: Uint32Array, by: 1 | -1): void {
  for (let i = 0; i < shingled.length; i++) {
    const s = shingled[i]!;
    const n = (group.counts.get(s) ?? 0) + by;
    if (n > 0) group.counts.set(s, n);
    else group.counts.delete(s);
  }
  group.sizes += by * shingled.length;
}

/** Whether a story can take an article of `time`: room left, and its span stays in the window. */
function canJoin(group: Group, time: number): boolean {
  if (group.members.size >= STORY_LIMITS.maxArticles) return false;
  const span = Math.max(group.latest, time) - Math.min(group.earliest, time);
  return span <= STORY_LIMITS.windowDays * DAY_MS;
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
 * LSH buckets: for each band key, the stories with an article in the bucket and how many articles
 * each. Nearly every bucket holds one article, so such a bucket is that article's story itself;
 * only a shared bucket gets a map (a map per bucket made millions of objects at 50,000 articles,
 * and the garbage collector took most of a rebuild).
 */
function createBuckets() {
  const buckets = new Map<number, Group | Map<Group, number>>();
  const none: readonly Group[] = [];
  return {
    add(key: number, group: Group): void {
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, group);
      else if (bucket instanceof Map) bucket.set(group, (bucket.get(group) ?? 0) + 1);
      else buckets.set(key, new Map([[bucket, 1]]).set(group, (bucket === group ? 1 : 0) + 1));
    },
    remove(key: number, group: Group): void {
      const bucket = buckets.get(key);
      if (bucket === group) buckets.delete(key);
      if (!(bucket instanceof Map)) return;
      const n = bucket.get(group) ?? 0;
      if (n > 1) bucket.set(group, n - 1);
      else bucket.delete(group);
      if (bucket.size === 0) buckets.delete(key);
    },
    /**
     * The stories in a bucket, each once; none when it holds more than `bucketCap` stories (what
     * many articles share: a stock phrase, a common keyword).
     */
    stories(key: number): Iterable<Group> {
      const bucket = buckets.get(key);
      if (bucket === undefined) return none;
      if (!(bucket instanceof Map)) return [bucket];
      return bucket.size > STORY_LIMITS.bucketCap ? none : bucket.keys();
    },
  };
}

function toStory(group: Group): Story {
  const ordered = [...group.members].sort(
    (a, b) => a.time - b.time || (a.doc.url < b.doc.url ? -1 : 1),
  );
  return {
    id: ordered[0]!.doc.url,
    urls: ordered.map((e) => e.doc.url),
    earliest: ordered[0]!.when,
    latest: ordered[ordered.length - 1]!.when,
  };
}

/** The index's state: each article's entry (with its story) and the LSH buckets of stories. */
interface Stories {
  entries: Map<string, Entry>;
  buckets: ReturnType<typeof createBuckets>;
}

/** Take the article at `url` out of its story (a story left empty is forgotten with it). */
function drop({ entries, buckets }: Stories, url: string) {
  const entry = entries.get(url);
  if (!entry) return;
  entries.delete(url);
  const group = entry.group;
  for (const key of entry.keys) buckets.remove(key, group);
  group.members.delete(entry);
  tally(group, entry.shingles, -1);
  if (group.members.size > 0) {
    const times = [...group.members].map((m) => m.time);
    group.earliest = Math.min(...times);
    group.latest = Math.max(...times);
  }
}

/**
 * The stories sharing the most LSH buckets with `entry` (at most `candidates` of them). A
 * bucket holding many stories holds what they all share (a stock phrase), and is skipped.
 */
function candidates({ buckets }: Stories, entry: Omit<Entry, 'group'>): Group[] {
  const hits = new Map<Group, number>();
  for (const key of entry.keys) {
    for (const group of buckets.stories(key)) hits.set(group, (hits.get(group) ?? 0) + 1);
  }
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, STORY_LIMITS.candidates)
    .map(([group]) => group);
}

/** The candidate story closest to `base` as a whole that it may join, or null. */
function closestStory(state: Stories, base: Omit<Entry, 'group'>): Group | null {
  let best: Group | null = null;
  let bestScore: number = STORY_LIMITS.sameStory;
  for (const group of candidates(state, base)) {
    if (!canJoin(group, base.time)) continue;
    const score = closeness(base.shingles, group);
    if (score >= bestScore) [best, bestScore] = [group, score];
  }
  return best;
}

/** Put `doc` into the story it is closest to, or a story of its own. */
function insert(state: Stories, doc: StoryDoc) {
  drop(state, doc.url);
  const base = entryOf(doc);
  const group: Group = closestStory(state, base) ?? {
    members: new Set<Entry>(),
    earliest: base.time,
    latest: base.time,
    counts: new Map(),
    sizes: 0,
  };
  const entry: Entry = { ...base, group };
  group.members.add(entry);
  tally(group, entry.shingles, 1);
  group.earliest = Math.min(group.earliest, entry.time);
  group.latest = Math.max(group.latest, entry.time);
  for (const key of entry.keys) state.buckets.add(key, group);
  state.entries.set(doc.url, entry);
}

/** The stories of two articles or more, the latest first, and each article's story. */
function build({ entries }: Stories) {
  const groups = new Set<Group>();
  for (const entry of entries.values()) if (entry.group.members.size > 1) groups.add(entry.group);
  const stories = [...groups].map(toStory);
  const byUrl = new Map<string, Story>();
  for (const story of stories) for (const url of story.urls) byUrl.set(url, story);
  const latest = (s: Story) => entries.get(s.urls[s.urls.length - 1]!)!.time;
  stories.sort((a, b) => latest(b) - latest(a) || (a.id < b.id ? -1 : 1));
  return { stories, byUrl };
}

/**
 * Saved articles grouped into stories. MinHash signatures put likely look-alikes into the same
 * LSH bucket; each article then joins the candidate story it is closest to as a whole (Jaccard
 * similarity to the story's centroid, at least `SAME_STORY`), if that story has room and stays
 * within the time window; otherwise it starts a story of its own. A rebuild adds articles in
 * the order they were covered. Adding one article costs a signature and a few comparisons.
 */
export function createStoryIndex(docs: readonly StoryDoc[] = []): StoryIndex {
  const state: Stories = { entries: new Map(), buckets: createBuckets() };
  let cache: { stories: Story[]; byUrl: Map<string, Story> } | null = null;
  const index: StoryIndex = {
    add(list) {
      const ordered = list.map((doc) => ({
        doc,
        time: Date.parse(doc.publishedAt ?? doc.savedAt),
      }));
      ordered.sort((a, b) => a.time - b.time || (a.doc.url < b.doc.url ? -1 : 1));
      for (const { doc } of ordered) insert(state, doc);
      cache = null;
    },
    remove(urls) {
      for (const url of urls) drop(state, url);
      cache = null;
    },
    has: (url) => state.entries.has(url),
    stories: () => (cache ??= build(state)).stories,
    storyOf: (url) => (cache ??= build(state)).byUrl.get(url) ?? null,
    size: () => state.entries.size,
  };
  index.add(docs);
  return index;
}
