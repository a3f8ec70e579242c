import { afterEach, describe, expect, it } from 'vitest';
import {
  DbError,
  getArticle,
  listHighlights,
  listLinks,
  saveArticle,
  saveArticleWithHighlight,
  setArticleNote,
  setLinkForLater,
  type Db,
} from '../../../utils/db';
import { article, at, freshDb, highlight, related } from './helpers';

let db: Db;
afterEach(() => db?.close());

describe('saving an article', () => {
  it('stores a new article with its save time and an empty note', async () => {
    ({ db } = await freshDb());
    const { article: saved, created } = await saveArticle(db, article(1), at(0));
    expect(created).toBe(true);
    expect(saved).toEqual({ ...article(1), savedAt: at(0), updatedAt: at(0), note: '' });
    expect(await getArticle(db, article(1).url)).toEqual(saved);
  });

  it('saving twice keeps one record, the first save time and the note', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(0));
    await setArticleNote(db, article(1).url, 'worth rereading', at(1));
    const again = await saveArticle(db, article(1, { title: 'Edited headline' }), at(5));
    expect(again.created).toBe(false);
    expect(again.article).toMatchObject({
      title: 'Edited headline',
      savedAt: at(0),
      updatedAt: at(5),
      note: 'worth rereading',
    });
    expect(await db.count('articles')).toBe(1);
    expect(await getArticle(db, article(1).url)).toEqual(again.article);
  });

  it('keeps no field the schema does not know', async () => {
    ({ db } = await freshDb());
    const withExtra = { ...article(1), injected: '<script>' } as ReturnType<typeof article>;
    await saveArticle(db, withExtra, at(0));
    expect(await getArticle(db, article(1).url)).not.toHaveProperty('injected');
  });

  it('answers null for an article that was never saved', async () => {
    ({ db } = await freshDb());
    expect(await getArticle(db, 'https://news.example.com/nothing')).toBeNull();
  });
});

describe('related links of saved articles', () => {
  it('gathers the related cards as links pointing back at the article', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(1), related(2), related(1)] }), at(0));
    const gathered = { fromArticles: [article(1).url], savedForLater: false, readAt: null };
    expect(await listLinks(db)).toEqual([
      { ...related(1), ...gathered },
      { ...related(2), ...gathered },
    ]);
  });

  it('lists every article that shows the same link, once each', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(7)] }), at(0));
    await saveArticle(db, article(2, { related: [related(7)] }), at(1));
    await saveArticle(db, article(1, { related: [related(7)] }), at(2));
    const [link] = await listLinks(db);
    expect(link?.fromArticles).toEqual([article(1).url, article(2).url]);
  });

  it('drops a link the article no longer shows, unless another article or the reader keeps it', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(1), related(2), related(3)] }), at(0));
    await saveArticle(db, article(2, { related: [related(2)] }), at(0));
    await setLinkForLater(db, related(3), true, at(1));
    await saveArticle(db, article(1, { related: [] }), at(2));
    const links = await listLinks(db);
    expect(links.map((l) => [l.url, l.fromArticles, l.savedForLater])).toEqual([
      [related(2).url, [article(2).url], false],
      [related(3).url, [], true],
    ]);
  });

  it('refreshes title and summary but keeps the reader’s for-later and read marks', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(1)] }), at(0));
    await setLinkForLater(db, related(1), true, at(1));
    await saveArticle(
      db,
      article(1, { related: [related(1, { title: 'New title', summary: null })] }),
      at(2),
    );
    expect(await listLinks(db)).toEqual([
      {
        url: related(1).url,
        title: 'New title',
        summary: related(1).summary,
        publishedAt: related(1).publishedAt,
        fromArticles: [article(1).url],
        savedForLater: true,
        readAt: null,
      },
    ]);
  });

  it('does not list an article as related to itself', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(1, { url: article(1).url })] }), at(0));
    expect(await listLinks(db)).toEqual([]);
  });
});

describe('the note on an article', () => {
  it('replaces the note and the update time', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(0));
    const updated = await setArticleNote(db, article(1).url, 'key quote in §3', at(3));
    expect(updated).toMatchObject({ note: 'key quote in §3', savedAt: at(0), updatedAt: at(3) });
    expect(await getArticle(db, article(1).url)).toEqual(updated);
  });

  it('fails with not-found for an unsaved article', async () => {
    ({ db } = await freshDb());
    const error = await setArticleNote(db, article(9).url, 'x', at(0)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbError);
    expect(error).toMatchObject({ code: 'not-found' });
  });
});

describe('highlighting an article in one step', () => {
  it('saves an unsaved article with its links and adds the highlight', async () => {
    ({ db } = await freshDb());
    const result = await saveArticleWithHighlight(
      db,
      article(1, { related: [related(1)] }),
      highlight('h1'),
      at(4),
    );
    expect(result.created).toBe(true);
    expect(result.highlight).toEqual(highlight('h1'));
    expect(await getArticle(db, article(1).url)).toMatchObject({ savedAt: at(4), note: '' });
    expect(await listHighlights(db, article(1).url)).toEqual([highlight('h1')]);
    expect((await listLinks(db)).map((l) => l.url)).toEqual([related(1).url]);
  });

  it('leaves a saved article as it is but for its update time', async () => {
    ({ db } = await freshDb());
    const first = await saveArticle(db, article(1, { related: [related(1)] }), at(0));
    const result = await saveArticleWithHighlight(
      db,
      article(1, { title: 'Changed', related: [] }),
      highlight('h1'),
      at(4),
    );
    expect(result.created).toBe(false);
    expect(await getArticle(db, article(1).url)).toEqual({ ...first.article, updatedAt: at(4) });
    expect((await listLinks(db)).map((l) => l.url)).toEqual([related(1).url]);
    expect(await listHighlights(db, article(1).url)).toEqual([highlight('h1')]);
  });
});
