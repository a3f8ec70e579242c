import type { SavedArticle } from '../schemas';
import { cleanTag, cleanTags, tagKey } from '../tags';
import { articleNotFound } from './articles';
import { ARTICLE_STORES, headOf, writerOf } from './article-store';
import type { ArticleHead, Db } from './schema';
import { inTransaction } from './tx';

/** How tags change on the articles an edit names. */
export interface TagEdit {
  /** Tags to add (kept once each, the existing spelling wins). */
  add?: string[];
  /** Tags to take off, compared case-insensitively. */
  remove?: string[];
}

/** `tags` after `edit`: removals first, then additions, cleaned. */
export function applyTagEdit(tags: readonly string[], edit: TagEdit): string[] {
  const removed = new Set((edit.remove ?? []).map((t) => tagKey(cleanTag(t))));
  return cleanTags([...tags.filter((t) => !removed.has(tagKey(t))), ...(edit.add ?? [])]);
}

/** `a` (a head, or a whole article) with new tags, kept only when there are some. */
function withTags<T extends ArticleHead>(a: T, tags: string[], now: string): T {
  const out: T = { ...a, updatedAt: now };
  if (tags.length > 0) out.tags = [...tags];
  else delete out.tags;
  return out;
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/** Replace the reader's tags on a saved article. */
export function setArticleTags(
  db: Db,
  url: string,
  tags: string[],
  now: string,
): Promise<SavedArticle> {
  return inTransaction(db, [...ARTICLE_STORES], 'readwrite', async (tx) => {
    const articles = writerOf(tx);
    const existing = await articles.get(url);
    if (!existing) throw articleNotFound();
    const updated = withTags(existing, cleanTags(tags), now);
    await articles.heads.put(headOf(updated));
    return updated;
  });
}

/**
 * Add and remove tags on several saved articles in one transaction. Articles that are no longer
 * saved are skipped; articles whose tags do not change are left as they were. Returns the urls
 * of the articles that changed.
 */
export function editTags(db: Db, urls: string[], edit: TagEdit, now: string): Promise<string[]> {
  return inTransaction(db, ['articles'], 'readwrite', async (tx) => {
    const articles = tx.objectStore('articles');
    const found = await Promise.all(urls.map((url) => articles.get(url)));
    const changed: string[] = [];
    const puts: Promise<unknown>[] = [];
    for (const a of found) {
      if (!a) continue;
      const before = a.tags ?? [];
      const after = applyTagEdit(before, edit);
      if (sameTags(before, after)) continue;
      changed.push(a.url);
      puts.push(articles.put(withTags(a, after, now)));
    }
    await Promise.all(puts);
    return changed;
  });
}

/**
 * Rename tags across the whole library: every article carrying any of `from` carries `to`
 * instead (in the place of the first of them). Renaming to a tag that exists merges the two.
 * Returns the urls of the articles that changed.
 */
export function renameTags(db: Db, from: string[], to: string, now: string): Promise<string[]> {
  const target = cleanTag(to);
  const keys = new Set(from.map((t) => tagKey(cleanTag(t))));
  return inTransaction(db, ['articles'], 'readwrite', async (tx) => {
    if (!target) throw new Error('A tag cannot be empty.');
    const articles = tx.objectStore('articles');
    const all = await articles.getAll();
    const changed: string[] = [];
    const puts: Promise<unknown>[] = [];
    for (const a of all) {
      const before = a.tags ?? [];
      if (!before.some((t) => keys.has(tagKey(t)))) continue;
      const after = cleanTags(before.map((t) => (keys.has(tagKey(t)) ? target : t)));
      if (sameTags(before, after)) continue;
      changed.push(a.url);
      puts.push(articles.put(withTags(a, after, now)));
    }
    await Promise.all(puts);
    return changed;
  });
}
