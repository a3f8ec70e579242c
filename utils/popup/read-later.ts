import type { Link } from '../schemas/records';

/** Newest first: by the date the link's article was published, undated last, then by title. */
function newestFirst(a: Link, b: Link): number {
  const da = a.publishedAt ?? '';
  const db = b.publishedAt ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.title.localeCompare(b.title) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

/** The Read later list as the reader goes through it: unread first, each part newest first. */
export function readLaterOrder(links: readonly Link[]): Link[] {
  return [...links].sort(
    (a, b) => Number(a.readAt !== null) - Number(b.readAt !== null) || newestFirst(a, b),
  );
}

export interface LinkSource {
  /** The saved article that lists the link (the first one still saved). */
  url: string;
  title: string;
  /** How many other saved articles list it too. */
  others: number;
}

/** The saved article a kept link came from, named by its title; null when none is saved now. */
export function linkSource(
  link: Pick<Link, 'fromArticles'>,
  titles: ReadonlyMap<string, string>,
): LinkSource | null {
  const saved = link.fromArticles.filter((url) => titles.has(url));
  const first = saved[0];
  if (first === undefined) return null;
  return { url: first, title: titles.get(first) || first, others: saved.length - 1 };
}
