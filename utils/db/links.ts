import type { Link, RelatedLink } from '../schemas';
import { DbError } from './errors';
import { linkFromRelated, mergeLink, READER_PRECEDENCE } from './link-merge';
import { compareText, toLink } from './records';
import { readStoreApart } from './pages';
import type { Db } from './schema';
import { bury, unbury } from './tombstones';
import { inTransaction } from './tx';

export interface LinkFilter {
  /** true: only links kept for later; false: only links not kept for later. */
  forLater?: boolean;
}

/**
 * Unread first, then by title and url. The title collator is built at the first comparison: the
 * first `Intl` object in a view's process costs it 9–26 ms, and an empty or one-link list (the
 * popup reads the links kept for later as it opens) compares nothing.
 */
function byReadingOrder(): (a: Link, b: Link) => number {
  let titles: Intl.Collator | undefined;
  return (a, b) =>
    Number(a.readAt !== null) - Number(b.readAt !== null) ||
    (titles ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })).compare(
      a.title,
      b.title,
    ) ||
    compareText(a.url, b.url);
}

/**
 * Related links: unread first, then by title and url. Read a page per transaction
 * (`readStoreApart`): a large library lists more related links than articles, and one read of
 * them all held the database for every other page (seconds at 50,000 articles).
 */
export async function listLinks(db: Db, filter: LinkFilter = {}): Promise<Link[]> {
  const wanted = await readStoreApart(db, 'links', (link) =>
    filter.forLater === undefined || link.savedForLater === filter.forLater ? link : undefined,
  );
  return wanted.sort(byReadingOrder()).map(toLink);
}

/** The links the article at `articleUrl` lists (through the `fromArticles` index). */
export function listLinksFrom(db: Db, articleUrl: string): Promise<Link[]> {
  return inTransaction(db, ['links'], 'readonly', async (tx) => {
    const found = await tx.objectStore('links').index('fromArticles').getAll(articleUrl);
    return found.map(toLink);
  });
}

/** The links kept for `urls` (those the library has: kept for later, read, or listed). */
export function listLinksOf(db: Db, urls: readonly string[]): Promise<Link[]> {
  return inTransaction(db, ['links'], 'readonly', async (tx) => {
    const store = tx.objectStore('links');
    const found = await Promise.all(urls.map((url) => store.get(url)));
    return found.filter((l): l is Link => l !== undefined).map(toLink);
  });
}

/**
 * Keep a link for later, or stop keeping it. A link that no saved article lists can be kept too
 * (a related link of an article that was never saved); it is dropped once it is neither kept nor
 * listed (leaving a tombstone dated `now`).
 */
export function setLinkForLater(
  db: Db,
  link: RelatedLink,
  forLater: boolean,
  now: string,
): Promise<Link> {
  return inTransaction(db, ['links', 'tombstones'], 'readwrite', async (tx) => {
    const store = tx.objectStore('links');
    const tombstones = tx.objectStore('tombstones');
    const existing = await store.get(link.url);
    const card = linkFromRelated(link, []);
    const merged = existing ? mergeLink(existing, card, READER_PRECEDENCE) : card;
    const updated: Link = { ...merged, savedForLater: forLater };
    if (updated.fromArticles.length === 0 && !forLater) {
      if (existing)
        await Promise.all([store.delete(link.url), bury(tombstones, 'link', [link.url], now)]);
    } else {
      await Promise.all([store.put(updated), unbury(tombstones, 'link', [link.url])]);
    }
    return updated;
  });
}

/** Mark a stored link read (at `now`) or unread. */
export function setLinkRead(db: Db, url: string, read: boolean, now: string): Promise<Link> {
  return inTransaction(db, ['links'], 'readwrite', async (tx) => {
    const store = tx.objectStore('links');
    const existing = await store.get(url);
    if (!existing) {
      throw new DbError('not-found', 'This link is no longer in your list.', {
        reason: 'link-gone',
      });
    }
    const updated = { ...toLink(existing), readAt: read ? now : null };
    await store.put(updated);
    return updated;
  });
}
