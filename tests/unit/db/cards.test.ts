import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight,
  listArticleCards,
  listSavedUrls,
  listRecent,
  listRecentCards,
  countArticles,
  saveArticle,
  setArticleNote,
  type ArticleCard,
  type Db,
} from '../../../utils/db';
import { article, at, freshDb, highlight } from './helpers';

let db: Db;
afterEach(() => db?.close());

describe('the saved list', () => {
  it('is empty before anything is saved', async () => {
    ({ db } = await freshDb());
    expect(await listArticleCards(db)).toEqual([]);
  });

  it('shows the most recently saved first, ties by url, the later first (the index read backwards)', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(3), at(0));
    await saveArticle(db, article(1), at(5));
    await saveArticle(db, article(2), at(5));
    await saveArticle(db, article(3), at(9)); // a re-save keeps its place
    expect((await listArticleCards(db)).map((c) => c.url)).toEqual([
      article(2).url,
      article(1).url,
      article(3).url,
    ]);
    expect(await listSavedUrls(db)).toEqual([article(2).url, article(1).url, article(3).url]);
  });

  it('carries what the list shows and searches, with highlight texts and notes, but no body', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(0));
    await setArticleNote(db, article(1).url, 'my note', at(1));
    await addHighlight(
      db,
      article(1).url,
      highlight('late', {
        text: 'second passage',
        selector: { ...highlight('x').selector, start: 90 },
      }),
    );
    await addHighlight(
      db,
      article(1).url,
      highlight('early', { text: 'first passage', note: 'why' }),
    );
    const [card] = await listArticleCards(db);
    expect(card).toEqual({
      url: article(1).url,
      title: article(1).title,
      format: 'quickread',
      publishedAt: article(1).publishedAt,
      source: article(1).source,
      summary: article(1).summary,
      keywords: article(1).keywords,
      note: 'my note',
      savedAt: at(0),
      updatedAt: at(1),
      tags: [],
      highlightCount: 2,
      highlightNoteCount: 1,
      highlightTimes: [at(1), at(1)],
      highlightText: 'first passage\nwhy\nsecond passage',
    });
  });

  it('reads past one page of articles', async () => {
    ({ db } = await freshDb());
    const tx = db.transaction('articles', 'readwrite');
    for (let n = 0; n < 1234; n++) {
      void tx.store.put({ ...article(n), savedAt: at(n), updatedAt: at(n), note: '' });
    }
    await tx.done;
    const heard: ArticleCard[] = [];
    const cards = await listArticleCards(db, (card) => heard.push(card));
    expect(cards).toHaveLength(1234);
    expect(cards[0]?.url).toBe(article(1233).url);
    expect(cards.at(-1)?.url).toBe(article(0).url);
    // Every card is heard once, as the very object the list holds.
    expect(heard).toHaveLength(1234);
    const listed = new Set(cards);
    expect(heard.every((card) => listed.has(card))).toBe(true);
  });

  it('shows the newest few first, the same cards the whole list starts with', async () => {
    ({ db } = await freshDb());
    for (let i = 0; i < 8; i++) await saveArticle(db, article(i), at(i));
    await addHighlight(db, article(7).url, highlight('h7', { note: '要点' }));
    const first = await listRecentCards(db, 3);
    expect(await countArticles(db)).toBe(8);
    expect(first).toEqual((await listArticleCards(db)).slice(0, 3));
    expect(first[0]).toMatchObject({ url: article(7).url, highlightCount: 1 });
  });

  it('the first cards are the whole list’s first, ties at the edge included', async () => {
    ({ db } = await freshDb());
    for (let i = 0; i < 6; i++) await saveArticle(db, article(i), at(i < 4 ? 1 : i));
    const all = await listArticleCards(db);
    for (const limit of [1, 2, 3, 4, 6, 9]) {
      expect(await listRecentCards(db, limit)).toEqual(all.slice(0, limit));
    }
  });

  it('reads the first cards’ highlights with them, and no other article’s', async () => {
    ({ db } = await freshDb());
    for (let i = 0; i < 5; i++) await saveArticle(db, article(i), at(i));
    await addHighlight(db, article(4).url, highlight('h4a'));
    await addHighlight(db, article(4).url, highlight('h4b', { note: '要点' }));
    await addHighlight(db, article(3).url, highlight('h3'));
    await addHighlight(db, article(0).url, highlight('h0'));
    const { cards, highlights } = await listRecent(db, 2);
    expect(cards.map((c) => c.url)).toEqual([article(4).url, article(3).url]);
    expect(highlights.map((h) => h.id).sort()).toEqual(['h3', 'h4a', 'h4b']);
    expect(highlights.find((h) => h.id === 'h4b')).toMatchObject({
      articleUrl: article(4).url,
      note: '要点',
    });
    // positive control: the older article's highlight is there when its card is asked for
    expect((await listRecent(db, 5)).highlights.map((h) => h.id)).toContain('h0');
  });

  it('shows what there is when fewer are saved than asked for', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(1));
    expect(await listRecentCards(db, 30)).toMatchObject([{ url: article(1).url }]);
    expect(await countArticles(db)).toBe(1);
  });
});
