import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  addHighlight,
  DB_NAME,
  listArticleCards,
  listHighlights,
  listLinks,
  openDb,
  saveArticle,
  saveArticleWithHighlight,
} from '../../../utils/db';
import { article, at, highlight, related } from './helpers';

describe('two open copies writing at once', () => {
  it('lose nothing: every article, highlight and link reference is kept', async () => {
    const factory = new IDBFactory();
    const [popup, background] = await Promise.all([
      openDb(DB_NAME, factory),
      openDb(DB_NAME, factory),
    ]);
    try {
      await Promise.all([
        saveArticle(popup, article(1, { related: [related(1)] }), at(0)),
        saveArticle(background, article(2, { related: [related(1)] }), at(0)),
        addHighlight(popup, article(1).url, highlight('p')),
        addHighlight(background, article(1).url, highlight('b')),
        saveArticleWithHighlight(
          background,
          article(3, { related: [related(1)] }),
          highlight('c'),
          at(0),
        ),
        ...Array.from({ length: 20 }, (_, n) =>
          saveArticle(
            n % 2 ? popup : background,
            article(10 + n, { related: [related(1)] }),
            at(n),
          ),
        ),
      ]);
      expect(await listArticleCards(popup)).toHaveLength(23);
      expect((await listHighlights(background, article(1).url)).map((h) => h.id)).toEqual([
        'b',
        'p',
      ]);
      const [link] = await listLinks(popup);
      expect(link?.fromArticles).toHaveLength(23);
      expect(new Set(link?.fromArticles).size).toBe(23);
    } finally {
      popup.close();
      background.close();
    }
  });
});
