import { afterEach, describe, expect, it } from 'vitest';
import {
  applyTagEdit,
  editTags,
  exportAll,
  getArticle,
  listArticleCards,
  renameTags,
  saveArticle,
  setArticleNote,
  setArticleTags,
  type Db,
} from '../../../utils/db';
import { SavedArticleSchema } from '../../../utils/schemas';
import { cleanTags } from '../../../utils/tags';
import { article, at, freshDb, outcome } from './helpers';

let db: Db | undefined;
afterEach(() => db?.close());

describe('the reader’s own tags', () => {
  it('cleans what the reader typed: spaces, repeats in any case, empty ones', () => {
    expect(cleanTags(['  to  read ', 'AI', 'ai', '', '   ', 'Ａｉ', '政策'])).toEqual([
      'to read',
      'AI',
      '政策',
    ]);
    expect(applyTagEdit(['a', 'B'], { add: ['b', 'c'], remove: ['A'] })).toEqual(['B', 'c']);
  });

  it('are kept on the article, survive a new save and a note, and leave with the last one', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(0));
    const tagged = await setArticleTags(db, article(1).url, ['policy', ' to read '], at(1));
    expect(tagged.tags).toEqual(['policy', 'to read']);
    expect(SavedArticleSchema.safeParse(tagged).success).toBe(true);
    await saveArticle(db, article(1, { title: 'refreshed' }), at(2));
    await setArticleNote(db, article(1).url, 'n', at(3));
    expect((await getArticle(db, article(1).url))?.tags).toEqual(['policy', 'to read']);
    expect((await listArticleCards(db))[0]?.tags).toEqual(['policy', 'to read']);

    const cleared = await setArticleTags(db, article(1).url, [], at(4));
    expect('tags' in cleared).toBe(false);
    expect((await exportAll(db)).articles[0]).not.toHaveProperty('tags');
  });

  it('refuses to tag an article that is not saved', async () => {
    ({ db } = await freshDb());
    const result = await outcome(setArticleTags(db, article(9).url, ['x'], at(0)));
    expect(result).toMatchObject({ error: { code: 'not-found' } });
  });

  it('tags several articles at once and skips those already tagged or gone', async () => {
    ({ db } = await freshDb());
    for (const n of [1, 2, 3]) await saveArticle(db, article(n), at(n));
    await setArticleTags(db, article(2).url, ['Chips'], at(4));
    const urls = [1, 2, 3, 9].map((n) => article(n).url);
    const changed = await editTags(db, urls, { add: ['chips'] }, at(5));
    expect(changed).toEqual([article(1).url, article(3).url]);
    const cards = await listArticleCards(db);
    expect(cards.map((c) => c.tags)).toEqual([['chips'], ['Chips'], ['chips']]);
    expect((await getArticle(db, article(2).url))?.updatedAt).toBe(at(4));

    const removed = await editTags(db, urls, { remove: ['CHIPS'] }, at(6));
    expect(removed).toEqual([article(1).url, article(2).url, article(3).url]);
    expect((await listArticleCards(db)).every((c) => c.tags.length === 0)).toBe(true);
  });

  it('renames a tag everywhere, and merges it into one that exists', async () => {
    ({ db } = await freshDb());
    for (const n of [1, 2, 3]) await saveArticle(db, article(n), at(n));
    await setArticleTags(db, article(1).url, ['llm', 'policy'], at(4));
    await setArticleTags(db, article(2).url, ['LLMs', 'llm'], at(4));
    await setArticleTags(db, article(3).url, ['other'], at(4));

    expect(await renameTags(db, ['policy'], 'Policy', at(5))).toEqual([article(1).url]);
    const merged = await renameTags(db, ['LLMs', 'llm'], 'Language models', at(6));
    expect(merged.sort()).toEqual([article(1).url, article(2).url].sort());
    const byUrl = new Map((await listArticleCards(db)).map((c) => [c.url, c.tags]));
    expect(byUrl.get(article(1).url)).toEqual(['Language models', 'Policy']);
    expect(byUrl.get(article(2).url)).toEqual(['Language models']);
    expect(byUrl.get(article(3).url)).toEqual(['other']);
    expect((await getArticle(db, article(3).url))?.updatedAt).toBe(at(4));
  });
});
