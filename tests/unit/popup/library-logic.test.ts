import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  deleteArticle,
  listArticleCards,
  openDb,
  saveArticle,
  type ArticleCard,
} from '../../../utils/db';
import { foundUrls, searchBodies } from '../../../utils/popup/body-search';
import { addFind, foundIn, noFinds } from '../../../utils/popup/body-finds';
import { patchCards } from '../../../utils/popup/library-cards';
import { linkSource, readLaterOrder } from '../../../utils/popup/read-later';
import { buildSearchIndex, queryTerms } from '../../../utils/search';
import type { Link } from '../../../utils/schemas';
import { article, at } from '../db/helpers';

const fresh = () => openDb('popup-logic', new IDBFactory());

const cardOf = (url: string, title = url): ArticleCard => ({
  url,
  title,
  format: 'quickread',
  publishedAt: null,
  source: null,
  summary: null,
  keywords: [],
  note: '',
  savedAt: at(0),
  updatedAt: at(0),
  tags: [],
  highlightCount: 0,
  highlightNoteCount: 0,
  highlightTimes: [],
  highlightText: '',
});

describe('patching the card list with the cards a change read again', () => {
  const list = [cardOf('a'), cardOf('b'), cardOf('c')];
  it('replaces in place, drops what is gone, puts new cards first, leaves the rest', () => {
    const next = patchCards(list, ['b', 'c', 'd'], [cardOf('b', 'B edited'), cardOf('d')]);
    expect(next.map((c) => c.title)).toEqual(['d', 'a', 'B edited']);
    expect(next[1]).toBe(list[0]);
  });
  it('ignores a card that was neither listed nor saved', () => {
    expect(patchCards(list, ['x'], []).map((c) => c.url)).toEqual(['a', 'b', 'c']);
  });
});

describe('searching article bodies', () => {
  it('finds the articles whose body completes the query, with the body snippet, filtered by keyword', async () => {
    const db = await fresh();
    await saveArticle(db, article(1, { keywords: ['AI'], bodyText: '英伟达的黄仁勋说' }), at(1));
    await saveArticle(db, article(2, { keywords: ['芯片'], bodyText: '黄仁勋又说' }), at(2));
    await saveArticle(db, article(3, { bodyText: '无关' }), at(3));
    const index = buildSearchIndex(await listArticleCards(db));
    const hits = await searchBodies(db, index, queryTerms('黄仁勋'), null);
    expect(foundUrls(hits).sort()).toEqual([article(1).url, article(2).url]);
    expect(hits.snippets.get(article(1).url)).toEqual({
      field: 'body',
      text: '英伟达的黄仁勋说',
      start: 4,
      end: 7,
    });
    const onlyAi = await searchBodies(db, index, queryTerms('黄仁勋'), 'ai');
    expect(foundUrls(onlyAi)).toEqual([article(1).url]);
    const stopped = await searchBodies(db, index, queryTerms('黄仁勋'), null, () => false);
    expect(foundUrls(stopped)).toEqual([]);
    db.close();
  });
});

describe('body finds after the library changed', () => {
  it('follow each found article to its new place, and drop the deleted ones', async () => {
    const db = await fresh();
    for (const i of [1, 2, 3]) await saveArticle(db, article(i), at(i));
    const before = buildSearchIndex(await listArticleCards(db));
    const finds = noFinds(before);
    for (const url of [article(1).url, article(3).url])
      addFind(
        finds,
        before.cards.findIndex((c) => c.url === url),
      );
    expect(foundIn(finds, before)).toBe(finds.found);
    await saveArticle(db, article(4), at(4)); // newest: every place moves by one
    await deleteArticle(db, article(3).url, at(5));
    const after = buildSearchIndex(await listArticleCards(db));
    const moved = foundIn(finds, after);
    expect(after.cards.filter((_, i) => moved[i] === 1).map((c) => c.url)).toEqual([
      article(1).url,
    ]);
    // Positive control: the same places in the new index would have named other articles.
    expect(after.cards.filter((_, i) => finds.found[i] === 1).map((c) => c.url)).not.toEqual([
      article(1).url,
    ]);
    db.close();
  });
});

describe('read later', () => {
  const link = (title: string, publishedAt: string | null, readAt: string | null = null): Link => ({
    url: `https://l.example/${encodeURIComponent(title)}`,
    title,
    summary: null,
    publishedAt,
    fromArticles: [],
    savedForLater: true,
    readAt,
  });

  it('puts unread first, each part newest first, undated last', () => {
    const order = readLaterOrder([
      link('old', '2025-01-01'),
      link('undated', null),
      link('read new', '2025-05-01', at(1)),
      link('new', '2025-03-01'),
      link('read old', '2024-01-01', at(2)),
    ]);
    expect(order.map((l) => l.title)).toEqual(['new', 'old', 'undated', 'read new', 'read old']);
  });

  it('names the first saved article a link came from, and how many others list it', () => {
    const titles = new Map([
      ['https://a.example/1', 'First'],
      ['https://a.example/2', 'Second'],
    ]);
    const from = (urls: string[]) => linkSource({ fromArticles: urls }, titles);
    expect(from(['https://gone.example/', 'https://a.example/2', 'https://a.example/1'])).toEqual({
      url: 'https://a.example/2',
      title: 'Second',
      others: 1,
    });
    expect(from(['https://gone.example/'])).toBeNull();
  });
});
