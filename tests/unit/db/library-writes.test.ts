import { describe, expect, it } from 'vitest';
import {
  createOwner,
  listArticleCards,
  listHighlights,
  listLinks,
  type Change,
} from '../../../utils/db';
import { article, at, freshDb, highlight, related } from './helpers';

async function setUp() {
  const { db } = await freshDb();
  const changes: Change[] = [];
  let minute = 0;
  const owner = createOwner({
    db: async () => db,
    now: () => at(++minute),
    announce: (c) => void changes.push(c),
  });
  return { db, owner, changes };
}

describe('the library’s writes through the owner', () => {
  it('deletes several articles in one go, with tombstones, and undoes it', async () => {
    const { db, owner, changes } = await setUp();
    const shared = related(7);
    for (const n of [1, 2, 3]) await owner.saveArticle(article(n, { related: [shared] }));
    await owner.addHighlight(article(1), highlight('h1'));
    await owner.addHighlight(article(2), highlight('h2'));
    changes.length = 0;

    const urls = [1, 2, 9].map((n) => article(n).url);
    const gone = await owner.deleteArticles(urls);
    expect(gone.map((g) => g.article.url)).toEqual([article(1).url, article(2).url]);
    expect((await listArticleCards(db)).map((c) => c.url)).toEqual([article(3).url]);
    expect((await listLinks(db))[0]?.fromArticles).toEqual([article(3).url]);
    expect((await db.getAll('tombstones')).map((t) => t.key).sort()).toEqual(
      [
        `article:${article(1).url}`,
        `article:${article(2).url}`,
        'highlight:h1',
        'highlight:h2',
      ].sort(),
    );
    expect(changes).toEqual([
      {
        articles: [article(1).url, article(2).url],
        highlights: ['h1', 'h2'],
        links: [shared.url],
        all: false,
      },
    ]);

    await owner.restoreArticles(gone);
    expect((await listArticleCards(db)).map((c) => c.url).sort()).toEqual(
      [1, 2, 3].map((n) => article(n).url).sort(),
    );
    expect((await listHighlights(db, article(1).url)).map((h) => h.id)).toEqual(['h1']);
    expect((await listLinks(db))[0]?.fromArticles.sort()).toEqual(
      [1, 2, 3].map((n) => article(n).url).sort(),
    );
    expect(await db.getAll('tombstones')).toEqual([]);
    expect(changes).toHaveLength(2);
  });

  it('tags, renames and merges tags, announcing only the articles that changed', async () => {
    const { db, owner, changes } = await setUp();
    for (const n of [1, 2]) await owner.saveArticle(article(n));
    changes.length = 0;
    await owner.setArticleTags(article(1).url, ['llm']);
    const tagged = await owner.editTags([article(1).url, article(2).url], { add: ['LLM', 'x'] });
    expect(tagged).toEqual([article(1).url, article(2).url]);
    // Merging `x` into `llm` leaves each article with one spelling of it.
    const renamed = await owner.renameTags(['x'], 'llm');
    expect(renamed).toEqual([article(1).url, article(2).url]);
    expect((await listArticleCards(db)).map((c) => [c.url, c.tags])).toEqual([
      [article(2).url, ['LLM']],
      [article(1).url, ['llm']],
    ]);
    expect(changes.map((c) => c.articles)).toEqual([
      [article(1).url],
      [article(1).url, article(2).url],
      [article(1).url, article(2).url],
    ]);
  });
});
