import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight,
  deleteHighlight,
  getArticle,
  listHighlights,
  updateHighlight,
  type Db,
} from '../../../utils/db';
import { article, at, freshDb, highlight, outcome } from './helpers';

let db: Db;
afterEach(() => db?.close());

const atOffset = (id: string, start: number, createdAt = at(1)) =>
  highlight(id, { createdAt, selector: { ...highlight(id).selector, start, end: start + 5 } });

describe('highlights', () => {
  it('can be added before the article is saved', async () => {
    ({ db } = await freshDb());
    expect(await addHighlight(db, article(1).url, highlight('h1'))).toEqual(highlight('h1'));
    expect(await getArticle(db, article(1).url)).toBeNull();
    expect(await listHighlights(db, article(1).url)).toEqual([highlight('h1')]);
  });

  it('are listed per article in reading order, then by creation', async () => {
    ({ db } = await freshDb());
    await addHighlight(db, article(1).url, atOffset('c', 40));
    await addHighlight(db, article(1).url, atOffset('b', 10, at(7)));
    await addHighlight(db, article(1).url, atOffset('a', 10, at(3)));
    await addHighlight(db, article(2).url, atOffset('other', 0));
    expect((await listHighlights(db, article(1).url)).map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect((await listHighlights(db, article(2).url)).map((h) => h.id)).toEqual(['other']);
  });

  it('adding the same id again replaces it rather than duplicating it', async () => {
    ({ db } = await freshDb());
    await addHighlight(db, article(1).url, highlight('h1'));
    await addHighlight(db, article(1).url, highlight('h1', { note: 'second' }));
    expect(await listHighlights(db, article(1).url)).toEqual([highlight('h1', { note: 'second' })]);
  });

  it('update changes only the given fields and the update time', async () => {
    ({ db } = await freshDb());
    await addHighlight(db, article(1).url, highlight('h1'));
    const updated = await updateHighlight(db, 'h1', { note: 'important', color: 'green' }, at(8));
    expect(updated).toEqual(
      highlight('h1', { note: 'important', color: 'green', updatedAt: at(8) }),
    );
    expect(await listHighlights(db, article(1).url)).toEqual([updated]);
  });

  it('update of a missing highlight fails with not-found', async () => {
    ({ db } = await freshDb());
    expect(await outcome(updateHighlight(db, 'nope', { note: 'x' }, at(0)))).toMatchObject({
      error: { code: 'not-found' },
    });
  });

  it('delete returns what undo needs, and adding it back restores it', async () => {
    ({ db } = await freshDb());
    await addHighlight(db, article(1).url, highlight('h1', { note: 'kept' }));
    const deleted = await deleteHighlight(db, 'h1');
    expect(deleted).toEqual({ ...highlight('h1', { note: 'kept' }), articleUrl: article(1).url });
    expect(await listHighlights(db, article(1).url)).toEqual([]);
    await addHighlight(db, deleted.articleUrl, deleted);
    expect(await listHighlights(db, article(1).url)).toEqual([highlight('h1', { note: 'kept' })]);
    expect(await outcome(deleteHighlight(db, 'missing'))).toMatchObject({
      error: { code: 'not-found' },
    });
  });
});
