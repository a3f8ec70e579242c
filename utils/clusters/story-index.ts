import { keep } from './arena';
import { createBuckets, type Buckets } from './buckets';
import { sortFirst } from './counted';
import { STORY_LIMITS } from './limits';
import { BANDS, BINS, bandKeys, signature } from './minhash';
import { shingles } from './shingles';
import {
  canJoin,
  closeness,
  emptyGroup,
  join,
  leave,
  toStory,
  type Entry,
  type Group,
} from './story-group';

export { STORY_LIMITS } from './limits';
export { closeness } from './story-group';
/** An article joins a story when its similarity to the story's centroid is at least this. */
export const SAME_STORY = STORY_LIMITS.sameStory;
/** A story spans at most this many days, first coverage to last. */
export const STORY_WINDOW_DAYS = STORY_LIMITS.windowDays;

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

export function storyText(doc: Pick<StoryDoc, 'title' | 'summary' | 'keywords'>): string {
  return `${doc.title}\n${doc.summary ?? ''}\n${doc.keywords.join(' ')}`;
}

/** Each article's signature and band keys are worked out here (the index keeps the keys sorted). */
const sig = new Uint32Array(BINS);
const bands = new Uint32Array(BANDS);

/**
 * An article's entry; its band keys in band order (the order candidates are looked up in) are
 * left in `bands` until the next article's.
 */
function entryOf(doc: StoryDoc): Omit<Entry, 'group'> {
  const when = doc.publishedAt ?? doc.savedAt;
  const time = Date.parse(when);
  const sh = shingles(storyText(doc), keep);
  bandKeys(signature(sh, sig), bands);
  return {
    doc,
    when,
    time: Number.isNaN(time) ? Date.parse(doc.savedAt) : time,
    shingles: sh,
    keys: sortFirst(keep(bands)),
  };
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

/** The index's state: each article's entry (with its story) and the LSH buckets of stories. */
interface Stories {
  entries: Map<string, Entry>;
  buckets: Buckets;
  /** The stories by number; numbers of stories left empty are used again. */
  groups: (Group | undefined)[];
  free: number[];
}

/** Take the article at `url` out of its story (a story left empty is forgotten with it). */
function drop({ entries, buckets, groups, free }: Stories, url: string) {
  const entry = entries.get(url);
  if (!entry) return;
  entries.delete(url);
  const group = entry.group;
  leave(group, entry, buckets);
  if (group.members.length > 0) return;
  groups[group.id] = undefined;
  free.push(group.id);
}

/** Tells one candidate search from the next (see `Group.seenBy`). */
let searches = 0;

/**
 * The stories sharing the most LSH buckets with an article of band keys `bands` (at most
 * `candidates` of them; on a tie, the one met first). A bucket holding many stories holds what
 * they all share (a stock phrase), and is skipped.
 */
function candidates({ buckets, groups }: Stories, bands: Uint32Array): Group[] {
  const search = ++searches;
  const found: Group[] = [];
  const meet = (id: number) => {
    const group = groups[id]!;
    if (group.seenBy === search) group.hits++;
    else {
      group.seenBy = search;
      group.hits = 1;
      found.push(group);
    }
  };
  for (let b = 0; b < bands.length; b++) {
    const held = buckets.get(bands[b]!);
    if (held === undefined) continue;
    if (!Array.isArray(held)) meet(held as number);
    else if (held.length <= STORY_LIMITS.bucketCap) for (const id of held) meet(id);
  }
  return mostHits(found, STORY_LIMITS.candidates);
}

/** The first `n` of `found` by hits, most first; on a tie, the one met first (a stable sort). */
function mostHits(found: Group[], n: number): Group[] {
  for (let i = 1; i < found.length; i++) {
    const g = found[i]!;
    let j = i - 1;
    for (; j >= 0 && found[j]!.hits < g.hits; j--) found[j + 1] = found[j]!;
    found[j + 1] = g;
  }
  if (found.length > n) found.length = n;
  return found;
}

/** The candidate story closest to the article as a whole that it may join, or null. */
function closestStory(state: Stories, base: Omit<Entry, 'group'>, bands: Uint32Array) {
  let best: Group | null = null;
  let bestScore: number = STORY_LIMITS.sameStory;
  for (const group of candidates(state, bands)) {
    if (!canJoin(group, base.time)) continue;
    const score = closeness(base.shingles, group);
    if (score >= bestScore) [best, bestScore] = [group, score];
  }
  return best;
}

/** A new story, empty, starting at `time`, numbered. */
function newStory({ groups, free }: Stories, time: number): Group {
  const group = emptyGroup(free.pop() ?? groups.length, time);
  groups[group.id] = group;
  return group;
}

/** Put `doc` into the story it is closest to, or a story of its own. */
function insert(state: Stories, doc: StoryDoc) {
  drop(state, doc.url);
  const base = entryOf(doc);
  const group = closestStory(state, base, bands) ?? newStory(state, base.time);
  const entry: Entry = {
    doc: base.doc,
    time: base.time,
    when: base.when,
    shingles: base.shingles,
    keys: base.keys,
    group,
  };
  join(group, entry, state.buckets);
  state.entries.set(doc.url, entry);
}

/** The stories of two articles or more, the latest first, and each article's story. */
function build({ entries }: Stories) {
  const groups = new Set<Group>();
  for (const entry of entries.values()) if (entry.group.members.length > 1) groups.add(entry.group);
  const latest = new Map<Story, number>();
  const stories = [...groups].map((group) => {
    const story = toStory(group);
    latest.set(story, group.latest);
    return story;
  });
  const byUrl = new Map<string, Story>();
  for (const story of stories) for (const url of story.urls) byUrl.set(url, story);
  stories.sort((a, b) => latest.get(b)! - latest.get(a)! || (a.id < b.id ? -1 : 1));
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
  const state: Stories = { entries: new Map(), buckets: createBuckets(), groups: [], free: [] };
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
