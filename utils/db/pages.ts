/** Records read per request when walking a whole store. */
export const PAGE_SIZE = 500;

/**
 * Walk a whole store in key order, `PAGE_SIZE` records per request, so that a large library is
 * read in few requests without ever holding all of it in memory at once.
 */
export async function forEachPage<T>(
  readPage: (range: IDBKeyRange | undefined, count: number) => Promise<T[]>,
  keyOf: (record: T) => string,
  visit: (page: T[]) => void,
): Promise<void> {
  let range: IDBKeyRange | undefined;
  for (;;) {
    const page = await readPage(range, PAGE_SIZE);
    visit(page);
    const last = page[page.length - 1];
    if (page.length < PAGE_SIZE || !last) return;
    range = IDBKeyRange.lowerBound(keyOf(last), true);
  }
}
