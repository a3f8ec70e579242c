import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight,
  deleteArticle,
  deleteHighlight,
  exportAll,
  importFile,
  indexNextSegment,
  lookupBodies,
  restoreArticle,
  saveArticle,
  setArticleNote,
  setArticleTags,
  updateHighlight,
  type Db,
} from '../../../utils/db';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../../../utils/schemas';
import { queryTerms } from '../../../utils/search';
import { article, at, freshDb, highlight } from './helpers';

/*
 * The kept index covers each article's whole searchable text: its card (title, summary,
 * keywords, tags, note), its highlights with their notes, and its body. Every write that changes
 * any of it queues the article in the same transaction.
 */

let db: Db;
afterEach(() => db?.close());

const URL0 = article(0).url;
const waiting = async () => (await db.getAllKeys('searchQueue')).sort();

/** One article saved and indexed, so that the queue is empty before the write under test. */
async function indexedOne(): Promise<void> {
  ({ db } = await freshDb());
  await saveArticle(db, article(0), at(0));
  await addHighlight(db, URL0, highlight('h1', { text: '晶圆代工', note: '值得追踪' }));
  await indexNextSegment(db, { min: 1 });
  expect(await waiting()).toEqual([]);
}

/** The urls the index (not the queue) finds for `query`'s one term. */
async function indexed(query: string): Promise<string[]> {
  const found = await lookupBodies(db, queryTerms(query));
  return [...(found?.found ?? [])];
}

describe('what the kept index covers', () => {
  it('finds an article by its title, summary, keywords, tags, note, highlights and body', async () => {
    ({ db } = await freshDb());
    await saveArticle(
      db,
      article(0, { title: '量子纠错新进展', summary: '低温测控芯片', keywords: ['超导比特'] }),
      at(0),
    );
    await saveArticle(db, article(1), at(1)); // holds none of the terms below
    await setArticleNote(db, URL0, '读后感：很受启发', at(2));
    await setArticleTags(db, URL0, ['研究周报'], at(3));
    await addHighlight(db, URL0, highlight('h1', { text: '晶圆代工', note: '值得追踪' }));
    await indexNextSegment(db, { min: 1 });
    for (const term of [
      '量子纠错',
      '低温测控',
      '超导比特',
      '读后感',
      '研究周报',
      '晶圆代工',
      '值得追踪',
    ]) {
      expect(await indexed(term), term).toEqual([URL0]);
    }
    // The body, as before; and a term in no field finds nothing.
    expect((await indexed('改变新闻')).sort()).toEqual([URL0, article(1).url].sort());
    expect(await indexed('不存在的词')).toEqual([]);
  });
});

describe('writes that change an article’s searchable text queue it', () => {
  it.each([
    ['its note', () => setArticleNote(db, URL0, '新的笔记', at(5))],
    ['its tags', () => setArticleTags(db, URL0, ['新标签'], at(5))],
    ['a highlight added', () => addHighlight(db, URL0, highlight('h2', { text: '新划线' }))],
    ['a highlight’s note', () => updateHighlight(db, 'h1', { note: '改过的批注' }, at(5))],
    ['a highlight deleted', () => deleteHighlight(db, 'h1', at(5))],
    ['the article saved again', () => saveArticle(db, article(0, { title: '新标题' }), at(5))],
  ])('%s', async (_, write) => {
    await indexedOne();
    await write();
    expect(await waiting()).toEqual([URL0]);
  });

  it('a highlight’s colour alone does not (its note does: the positive control)', async () => {
    await indexedOne();
    await updateHighlight(db, 'h1', { color: 'green' }, at(5));
    expect(await waiting()).toEqual([]);
    await updateHighlight(db, 'h1', { note: '改过的批注' }, at(6));
    expect(await waiting()).toEqual([URL0]);
  });

  it('a changed note is searched from the queue, not from the stale indexed text', async () => {
    await indexedOne();
    await setArticleNote(db, URL0, '第一版笔记', at(5));
    await indexNextSegment(db, { min: 1 });
    expect(await indexed('第一版')).toEqual([URL0]);
    await setArticleNote(db, URL0, '第二版笔记', at(6));
    const found = await lookupBodies(db, queryTerms('第一版'));
    expect([...(found?.found ?? [])]).toEqual([]);
    expect(found?.queued.map((b) => b.url)).toEqual([URL0]);
    await indexNextSegment(db, { min: 1 });
    expect(await indexed('第一版')).toEqual([]);
    expect(await indexed('第二版')).toEqual([URL0]);
  });

  it('an import that adds only a highlight to a saved article queues that article', async () => {
    await indexedOne();
    const data = await exportAll(db);
    const [one] = data.articles;
    const file: ExportFile = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: at(100),
      articles: [
        { ...one!, highlights: [...one!.highlights, highlight('h9', { text: '导入的划线' })] },
      ],
      links: [],
    };
    const counts = await importFile(db, file);
    expect(counts.highlights.added).toBe(1);
    expect(counts.articles.added + counts.articles.updated).toBe(0);
    expect(await waiting()).toEqual([URL0]);
  });

  it('undoing a deletion after the article was saved again queues it for its highlights', async () => {
    await indexedOne();
    const deleted = await deleteArticle(db, URL0, at(5));
    await saveArticle(db, article(0), at(6));
    await indexNextSegment(db, { min: 1 });
    expect(await indexed('晶圆代工')).toEqual([]); // saved again, without its highlight
    await restoreArticle(db, deleted!);
    expect(await waiting()).toEqual([URL0]);
    await indexNextSegment(db, { min: 1 });
    expect(await indexed('晶圆代工')).toEqual([URL0]);
  });
});
