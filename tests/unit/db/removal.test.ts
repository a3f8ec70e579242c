import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight,
  deleteArticle,
  exportAll,
  listHighlights,
  listLinks,
  restoreArticle,
  saveArticle,
  setArticleNote,
  setLinkForLater,
  setLinkRead,
  type Db,
} from '../../../utils/db';
import { article, at, freshDb, highlight, outcome, related } from './helpers';

let db: Db;
afterEach(() => db?.close());

/** Two articles sharing a link, one with highlights and a note, one link kept for later. */
async function library() {
  ({ db } = await freshDb());
  await saveArticle(db, article(1, { related: [related(1), related(2), related(3)] }), at(0));
  await saveArticle(db, article(2, { related: [related(2)] }), at(1));
  await setArticleNote(db, article(1).url, 'note', at(2));
  await setLinkForLater(db, related(3), true, at(2));
  await addHighlight(
    db,
    article(1).url,
    highlight('b', { selector: { ...highlight('b').selector, start: 50 } }),
  );
  await addHighlight(db, article(1).url, highlight('a'));
  await addHighlight(db, article(2).url, highlight('c'));
}

describe('deleting an article', () => {
  it('removes the article, its highlights and its place in links, keeping what others need', async () => {
    await library();
    const deleted = await deleteArticle(db, article(1).url);
    expect(deleted.article).toMatchObject({ url: article(1).url, note: 'note' });
    expect(deleted.highlights.map((h) => h.id)).toEqual(['a', 'b']);
    expect(deleted.highlights.every((h) => h.articleUrl === article(1).url)).toBe(true);
    expect(deleted.links.map((l) => l.url)).toEqual([
      related(1).url,
      related(2).url,
      related(3).url,
    ]);

    const data = await exportAll(db);
    expect(data.articles.map((a) => a.url)).toEqual([article(2).url]);
    expect(await listHighlights(db, article(1).url)).toEqual([]);
    expect(await listHighlights(db, article(2).url)).toHaveLength(1);
    expect(data.links.map((l) => [l.url, l.fromArticles, l.savedForLater])).toEqual([
      [related(2).url, [article(2).url], false],
      [related(3).url, [], true],
    ]);
  });

  it('fails with not-found when the article is not saved, changing nothing', async () => {
    await library();
    const before = await exportAll(db);
    const result = await outcome(deleteArticle(db, article(9).url));
    expect(result).toMatchObject({ error: { code: 'not-found' } });
    expect(await exportAll(db)).toEqual(before);
  });
});

describe('undoing a deletion', () => {
  it('gives back identical data', async () => {
    await library();
    const before = await exportAll(db);
    await restoreArticle(db, await deleteArticle(db, article(1).url));
    expect(await exportAll(db)).toEqual(before);
    expect(JSON.stringify(await exportAll(db))).toBe(JSON.stringify(before));
  });

  it('keeps marks the reader set on a link in the meantime', async () => {
    await library();
    const deleted = await deleteArticle(db, article(1).url);
    await setLinkRead(db, related(3).url, true, at(9));
    await restoreArticle(db, deleted);
    const link = (await listLinks(db)).find((l) => l.url === related(3).url);
    expect(link).toMatchObject({
      fromArticles: [article(1).url],
      savedForLater: true,
      readAt: at(9),
    });
  });

  it('keeps a newer save of the same article', async () => {
    await library();
    const deleted = await deleteArticle(db, article(1).url);
    const { article: resaved } = await saveArticle(db, article(1, { title: 'Again' }), at(20));
    expect(await restoreArticle(db, deleted)).toEqual(resaved);
    expect(await listHighlights(db, article(1).url)).toHaveLength(2);
  });
});
