import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  listLinks,
  listLinksFrom,
  listLinksOf,
  saveArticle,
  setLinkForLater,
  setLinkRead,
  type Db,
} from '../../../utils/db';
import { article, at, freshDb, outcome, related } from './helpers';

let db: Db;
afterEach(() => db?.close());

describe('the links an article lists', () => {
  it('are read through the index, without another article’s', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(1), related(2)] }), at(0));
    await saveArticle(db, article(2, { related: [related(2), related(3)] }), at(1));
    const urls = (links: { url: string }[]) => links.map((l) => l.url).sort();
    expect(urls(await listLinksFrom(db, article(1).url))).toEqual([related(1).url, related(2).url]);
    expect(urls(await listLinksFrom(db, article(2).url))).toEqual([related(2).url, related(3).url]);
    // positive control: the store holds all three
    expect(urls(await listLinks(db))).toEqual([related(1).url, related(2).url, related(3).url]);
  });
});

describe('links kept for later', () => {
  it('listing none or one builds no collator (the first Intl object costs a view 9–26 ms)', async () => {
    ({ db } = await freshDb());
    const real = Intl.Collator;
    let built = 0;
    const spy = vi.spyOn(Intl, 'Collator').mockImplementation(function (
      ...args: ConstructorParameters<typeof Intl.Collator>
    ) {
      built++;
      return new real(...args);
    } as unknown as typeof Intl.Collator);
    try {
      expect(await listLinks(db, { forLater: true })).toEqual([]);
      await setLinkForLater(db, related(2), true, at(0));
      expect(await listLinks(db, { forLater: true })).toHaveLength(1);
      expect(built).toBe(0);
      // Positive control: two links are sorted by title with the collator.
      await setLinkForLater(db, related(1), true, at(1));
      const two = await listLinks(db, { forLater: true });
      expect(built).toBe(1);
      expect(two.map((l) => l.title)).toEqual([related(1).title, related(2).title].sort());
    } finally {
      spy.mockRestore();
    }
  });

  it('reads the links of a few urls, leaving out those the library does not have', async () => {
    ({ db } = await freshDb());
    const kept = await setLinkForLater(db, related(1), true, at(0));
    await setLinkForLater(db, related(2), true, at(0));
    const found = await listLinksOf(db, [related(3).url, related(1).url]);
    expect(found).toEqual([kept]);
  });

  it('a related link of an unsaved article can be kept, listed by no article', async () => {
    ({ db } = await freshDb());
    const kept = await setLinkForLater(db, related(1), true, at(0));
    expect(kept).toEqual({ ...related(1), fromArticles: [], savedForLater: true, readAt: null });
    expect(await listLinks(db, { forLater: true })).toEqual([kept]);
  });

  it('no longer kept and listed by no article, a link is dropped', async () => {
    ({ db } = await freshDb());
    await setLinkForLater(db, related(1), true, at(0));
    await setLinkForLater(db, related(1), false, at(1));
    expect(await listLinks(db)).toEqual([]);
  });

  it('no longer kept but still listed by an article, a link stays', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1, { related: [related(1)] }), at(0));
    await setLinkForLater(db, related(1), true, at(1));
    await setLinkForLater(db, related(1), false, at(2));
    expect(await listLinks(db, { forLater: true })).toEqual([]);
    expect(await listLinks(db, { forLater: false })).toMatchObject([
      { url: related(1).url, fromArticles: [article(1).url] },
    ]);
  });

  it('are listed unread first, then by title and url', async () => {
    ({ db } = await freshDb());
    await setLinkForLater(db, related(1, { title: 'Beta' }), true, at(0));
    await setLinkForLater(db, related(2, { title: 'alpha' }), true, at(0));
    await setLinkForLater(db, related(3, { title: 'Alpha' }), true, at(0));
    await setLinkForLater(db, related(4, { title: 'Aardvark' }), true, at(0));
    await saveArticle(db, article(1, { related: [related(5, { title: '0 not kept' })] }), at(0));
    await setLinkRead(db, related(4).url, true, at(1));
    expect((await listLinks(db, { forLater: true })).map((l) => l.url)).toEqual([
      related(2).url,
      related(3).url,
      related(1).url,
      related(4).url,
    ]);
    expect(await listLinks(db)).toHaveLength(5);
  });

  it('are marked read and unread', async () => {
    ({ db } = await freshDb());
    await setLinkForLater(db, related(1), true, at(0));
    expect(await setLinkRead(db, related(1).url, true, at(3))).toMatchObject({ readAt: at(3) });
    expect(await setLinkRead(db, related(1).url, false, at(4))).toMatchObject({ readAt: null });
    expect(await outcome(setLinkRead(db, related(9).url, true, at(0)))).toMatchObject({
      error: { code: 'not-found' },
    });
  });
});
