import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight,
  indexNextSegment,
  listArticleCards,
  listSavedUrls,
  saveArticle,
  setArticleNote,
  setArticleTags,
  type ArticleCard,
  type Db,
} from '../../../utils/db';
import { bodySnippets, findSaved, withKeyword } from '../../../utils/popup/saved-search';
import { keepCards, WINDOW_CARDS } from '../../../utils/popup/use-card-window';
import { buildSearchIndex, queryTerms, searchCards } from '../../../utils/search';
import { article, at, freshDb, highlight, SEARCH_BODIES as BODIES } from '../db/helpers';

/*
 * The popup searches through the kept index and holds a window of cards. What it finds must be
 * what searching every card in memory (with its body) finds: the library's way, the reference.
 */

let db: Db;
afterEach(() => db?.close());

async function seeded(n: number): Promise<void> {
  ({ db } = await freshDb());
  for (let i = 0; i < n; i++) {
    const keywords = i % 3 === 0 ? ['芯片', '英伟达'] : ['大模型'];
    const body = `第${i}篇。${BODIES[i % BODIES.length]}`;
    await saveArticle(db, article(i, { bodyText: body, keywords }), at(i));
  }
  await setArticleNote(db, article(2).url, '读后感：量子纠错', at(50));
  await setArticleTags(db, article(5).url, ['周报'], at(51));
  await addHighlight(db, article(7).url, highlight('h7', { text: '晶圆代工', note: '值得追踪' }));
}

/** What searching every card with its body finds for `query`: the reference answer. */
async function reference(query: string): Promise<string[]> {
  const cards = await listArticleCards(db);
  const bodies = new Map(
    await Promise.all(
      cards.map(async (c) => [c.url, (await db.get('bodies', c.url))?.text ?? ''] as const),
    ),
  );
  const index = buildSearchIndex(cards.map((c) => ({ ...c, bodyText: bodies.get(c.url) })));
  return searchCards(index, query).map((c) => c.url);
}

const QUERIES = [
  '黄仁勋',
  '台积电 产能',
  'gpt-5 创新',
  '读后感',
  '周报',
  '晶圆代工 追踪',
  'ai 新闻 3',
  '芯',
  '不存在',
];

describe('the popup’s search', () => {
  it('finds what searching every card and body finds: before indexing, after, and by scan', async () => {
    await seeded(24);
    const sorted = (found: Set<string>) => [...found].sort();
    const expected = await Promise.all(QUERIES.map(async (q) => (await reference(q)).sort()));
    // AI 新闻 3, 13 and 23; 芯: eight keywords 芯片 and six bodies, four articles with both.
    expect(expected.map((e) => e.length)).toEqual([6, 6, 6, 1, 1, 1, 3, 12, 0]);
    // Everything queued: each article read whole.
    const queued = await Promise.all(QUERIES.map((q) => findSaved(db, queryTerms(q))));
    expect(queued.map(sorted)).toEqual(expected);
    // Indexed: the index answers (`芯`, one character, is read from every article).
    await indexNextSegment(db, { min: 1 });
    expect(await db.count('searchQueue')).toBe(0);
    const indexed = await Promise.all(QUERIES.map((q) => findSaved(db, queryTerms(q))));
    expect(indexed.map(sorted)).toEqual(expected);
  });

  it('stops a scan once it is no longer wanted, with a pause before it', async () => {
    await seeded(8);
    let paused = 0;
    const found = await findSaved(
      db,
      queryTerms('芯'),
      () => false,
      async () => void paused++,
    );
    expect(paused).toBe(1);
    expect(found.size).toBe(0);
    // Positive control: the same scan, wanted, finds.
    expect((await findSaved(db, queryTerms('芯'))).size).toBeGreaterThan(0);
  });

  it('filters by keyword in any case or width, and gives the body’s snippet where the card lacks a term', async () => {
    await seeded(9);
    expect([...(await withKeyword(db, '英伟达'))].sort()).toEqual(
      [0, 3, 6].map((i) => article(i).url).sort(),
    );
    expect((await withKeyword(db, 'no such keyword')).size).toBe(0);
    const terms = queryTerms('黄仁勋');
    const order = await listSavedUrls(db);
    const snippets = await bodySnippets(db, order, terms);
    expect([...snippets.keys()].sort()).toEqual(
      [article(0).url, article(4).url, article(8).url].sort(),
    );
    expect(snippets.get(article(0).url)?.field).toBe('body');
  });

  it('lists urls newest first, as the cards are listed', async () => {
    await seeded(6);
    expect(await listSavedUrls(db)).toEqual((await listArticleCards(db)).map((c) => c.url));
  });

  it('lists urls in chunks that never split or repeat a run of one time', async () => {
    ({ db } = await freshDb());
    // Times 0, 1 1 1 1, 2, 3 3: chunks of 3 end inside the runs.
    const times = [0, 1, 1, 1, 1, 2, 3, 3];
    for (const [i, t] of times.entries()) await saveArticle(db, article(i), at(t));
    const cards = (await listArticleCards(db)).map((c) => c.url);
    let chunks = 0;
    const chunked = await listSavedUrls(db, async () => void chunks++, 3);
    expect(chunked).toEqual(cards);
    expect(chunks).toBeGreaterThan(2);
    expect(await listSavedUrls(db, undefined, 2)).toEqual(cards);
    expect(await listSavedUrls(db, undefined, 100)).toEqual(cards);
  });
});

describe('the window of cards', () => {
  const card = (i: number) => ({ url: `https://w.example/${i}` }) as ArticleCard;
  const filled = (n: number) =>
    new Map(Array.from({ length: n }, (_, i) => [card(i).url, card(i)]));

  it('keeps at most WINDOW_CARDS, dropping the cards read longest ago that are not wanted', () => {
    const evicted: string[] = [];
    const wanted = new Set([card(0).url]);
    const next = keepCards(filled(WINDOW_CARDS), [card(1000), card(1001)], [], wanted, (u) =>
      evicted.push(u),
    );
    expect(next.size).toBe(WINDOW_CARDS);
    expect(next.has(card(0).url)).toBe(true); // wanted: kept although read first
    expect(evicted).toEqual([card(1).url, card(2).url]);
    expect(next.has(card(1001).url)).toBe(true);
  });

  it('replaces a card read again and drops one no longer saved (below the bound, nothing else leaves)', () => {
    const newer = { ...card(3), title: 'new' } as ArticleCard;
    const next = keepCards(filled(5), [newer], [card(4).url], new Set());
    expect([...next.keys()]).toEqual([0, 1, 2, 3].map((i) => card(i).url));
    expect(next.get(card(3).url)).toBe(newer);
  });
});
