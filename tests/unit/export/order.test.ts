import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addHighlight, exportAll, listHighlights, saveArticle, type Db } from '../../../utils/db';
import { buildExportFile } from '../../../utils/export';
import { compareHighlights } from '../../../utils/schemas/order';
import { article, at, freshDb, highlight } from '../db/helpers';

let db: Db;
afterEach(() => db?.close());

/*
 * `…:00Z` and `…:00.000Z` name the same instant. Compared as text, `.` sorts before `Z`, so the
 * second would come first whatever the ids say; compared as instants, they tie and the id decides.
 */
const SAME_START = { start: 10, end: 20 };
const a = highlight('a', { createdAt: '2025-01-15T08:00:00Z', updatedAt: at(0) });
const b = highlight('b', { createdAt: '2025-01-15T08:00:00.000Z', updatedAt: at(0) });
const early = highlight('c', {
  createdAt: '2025-01-15T09:00:00.000Z',
  selector: { ...a.selector, start: 1, end: 5 },
});
for (const h of [a, b]) Object.assign(h.selector, SAME_START);

describe('one order of highlights', () => {
  it('orders by position, then the instant of creation, then id', () => {
    expect([b, early, a].sort(compareHighlights).map((h) => h.id)).toEqual(['c', 'a', 'b']);
  });

  it('is the order of the popup, the database’s export and the export file alike', async () => {
    ({ db } = await freshDb());
    const url = article(1).url;
    await saveArticle(db, article(1), at(0));
    for (const h of [b, early, a]) await addHighlight(db, url, h);
    const listed = (await listHighlights(db, url)).map((h) => h.id);
    const data = await exportAll(db);
    const exported = data.articles[0]!.highlights.map((h) => h.id);
    const reversed = { ...data, articles: [{ ...data.articles[0]!, highlights: [b, early, a] }] };
    const file = buildExportFile(reversed, { now: at(9) }).articles[0]!.highlights.map((h) => h.id);
    expect(listed).toEqual(['c', 'a', 'b']);
    expect(exported).toEqual(listed);
    expect(file).toEqual(listed);
  });
});
