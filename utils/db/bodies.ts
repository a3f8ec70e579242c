import { PAGE_SIZE } from './pages';
import type { Db } from './schema';
import { inTransaction } from './tx';

/**
 * Walk the body text of every saved article, `PAGE_SIZE` articles per short read-only
 * transaction (so writes never wait long behind a search). `visit` answers false to stop early.
 */
export async function forEachArticleBody(
  db: Db,
  visit: (url: string, body: string) => boolean | void,
): Promise<void> {
  let range: IDBKeyRange | undefined;
  for (;;) {
    const page = await inTransaction(db, ['bodies'], 'readonly', (tx) =>
      tx.objectStore('bodies').getAll(range, PAGE_SIZE),
    );
    for (const b of page) if (visit(b.url, b.text) === false) return;
    const last = page[page.length - 1];
    if (page.length < PAGE_SIZE || !last) return;
    range = IDBKeyRange.lowerBound(last.url, true);
  }
}

/** The body texts of `urls`, in order (undefined where there is none). */
export function readBodies(db: Db, urls: readonly string[]): Promise<(string | undefined)[]> {
  if (urls.length === 0) return Promise.resolve([]);
  return inTransaction(db, ['bodies'], 'readonly', async (tx) => {
    const store = tx.objectStore('bodies');
    const bodies = await Promise.all(urls.map((url) => store.get(url)));
    return bodies.map((b) => b?.text);
  });
}
