import type { Buckets } from './buckets';
import { NOTHING, change, countedOf, sharedCount, type Counted } from './counted';
import { STORY_LIMITS } from './limits';
import type { Story, StoryDoc } from './story-index';

const DAY_MS = 86_400_000;

/** What the index keeps of one article. */
export interface Entry {
  doc: StoryDoc;
  time: number;
  when: string;
  shingles: Uint32Array;
  /** Its LSH band keys, ascending. */
  keys: Uint32Array;
  group: Group;
}

/** A story being formed: its articles, the time they span, its centroid and its band keys. */
export interface Group {
  /** Its number in the buckets (`Stories.groups`). */
  id: number;
  members: Entry[];
  earliest: number;
  latest: number;
  /** How many of its articles hold each shingle. */
  counts: Counted;
  /** The sum of its articles' shingle counts. */
  sizes: number;
  /** How many of its articles have each band key: it is in the buckets of these keys. */
  keys: Counted;
  /** Scratch of the candidate search: the search that last met it, and how often it did. */
  seenBy: number;
  hits: number;
}

/** A story of no article yet, numbered `id`, starting at `time`. */
export function emptyGroup(id: number, time: number): Group {
  return {
    id,
    members: [],
    earliest: time,
    latest: time,
    counts: NOTHING,
    sizes: 0,
    keys: NOTHING,
    seenBy: 0,
    hits: 0,
  };
}

/**
 * How close an article is to a story as a whole: the Jaccard similarity of its shingles to the
 * story's average article (the centroid: shared shingles and size averaged over the story's
 * articles). One close member is not enough, so a story cannot drift by chaining look-alikes.
 * Costs one pass over the article's shingles and the story's distinct ones.
 */
export function closeness(
  shingled: Uint32Array,
  group: Pick<Group, 'members' | 'counts' | 'sizes'>,
): number {
  const n = group.members.length;
  if (n === 0 || shingled.length === 0) return 0;
  const common = sharedCount(shingled, group.counts) / n;
  return common / (shingled.length + group.sizes / n - common);
}

/** Whether a story can take an article of `time`: room left, and its span stays in the window. */
export function canJoin(group: Group, time: number): boolean {
  if (group.members.length >= STORY_LIMITS.maxArticles) return false;
  const span = Math.max(group.latest, time) - Math.min(group.earliest, time);
  return span <= STORY_LIMITS.windowDays * DAY_MS;
}

/** Add `entry` to its story: members, centroid, span, and the buckets of its band keys. */
export function join(group: Group, entry: Entry, buckets: Buckets): void {
  const alone = group.members.length === 0;
  group.members.push(entry);
  group.counts = alone ? countedOf(entry.shingles) : change(group.counts, entry.shingles, 1);
  group.sizes += entry.shingles.length;
  group.earliest = Math.min(group.earliest, entry.time);
  group.latest = Math.max(group.latest, entry.time);
  if (!alone) {
    group.keys = change(group.keys, entry.keys, 1, (key) => buckets.add(key, group.id));
    return;
  }
  group.keys = countedOf(entry.keys);
  const { values } = group.keys;
  for (let i = 0; i < values.length; i++) buckets.add(values[i]!, group.id);
}

/** Take `entry` out of its story: the buckets it alone put the story in, centroid, span. */
export function leave(group: Group, entry: Entry, buckets: Buckets): void {
  group.keys = change(group.keys, entry.keys, -1, (key) => buckets.remove(key, group.id));
  group.members.splice(group.members.indexOf(entry), 1);
  group.counts = change(group.counts, entry.shingles, -1);
  group.sizes -= entry.shingles.length;
  group.earliest = Infinity;
  group.latest = -Infinity;
  for (const m of group.members) {
    group.earliest = Math.min(group.earliest, m.time);
    group.latest = Math.max(group.latest, m.time);
  }
}

/** A story of two or more articles as the library shows it. */
export function toStory(group: Group): Story {
  const ordered = group.members
    .slice()
    .sort((a, b) => a.time - b.time || (a.doc.url < b.doc.url ? -1 : 1));
  return {
    id: ordered[0]!.doc.url,
    urls: ordered.map((e) => e.doc.url),
    earliest: ordered[0]!.when,
    latest: ordered[ordered.length - 1]!.when,
  };
}
