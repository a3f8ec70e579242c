import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  DB_NAME,
  deleteArticle,
  exportAll,
  getArticle,
  indexNextSegment,
  listArticleCards,
  lookupBodies,
  listHighlights,
  listLinks,
  openDb,
} from '../../../utils/db';
import { HighlightSchema, LinkSchema, SavedArticleSchema, type Link } from '../../../utils/schemas';
import { foldText } from '../../../utils/search';
import v1 from '../../fixtures/db/v1.json';
import { describeSchema } from './helpers';

/**
 * Version 1 of the schema, frozen here as it was released. It must not follow later changes of
 * `utils/db`: it is what a reader's browser holds from that release.
 */
function createVersion1(db: IDBDatabase) {
  const articles = db.createObjectStore('articles', { keyPath: 'url' });
  articles.createIndex('savedAt', 'savedAt');
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('articleUrl', 'articleUrl');
  const links = db.createObjectStore('links', { keyPath: 'url' });
  links.createIndex('fromArticles', 'fromArticles', { multiEntry: true });
}

/** A database as version 1 left it, holding the fixture's records. */
async function version1Database(factory: IDBFactory): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => createVersion1(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['articles', 'highlights', 'links'], 'readwrite');
  for (const [store, records] of Object.entries(v1.stores)) {
    for (const record of records) tx.objectStore(store).put(record);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

const { articles, highlights, links } = v1.stores;
const withoutArticleUrl = ({ articleUrl: _url, ...h }: (typeof highlights)[number]) => h;

describe('upgrading a version-1 database', () => {
  it('the fixture holds valid version-1 records', () => {
    for (const a of articles) expect(SavedArticleSchema.safeParse(a).success).toBe(true);
    for (const h of highlights) {
      expect(HighlightSchema.safeParse(withoutArticleUrl(h)).success).toBe(true);
    }
    for (const l of links) expect(LinkSchema.safeParse(l).success).toBe(true);
  });

  it('finds every record of the old database through the current code', async () => {
    const factory = new IDBFactory();
    await version1Database(factory);
    const db = await openDb(DB_NAME, factory);
    try {
      for (const a of articles) expect(await getArticle(db, a.url)).toEqual(a);

      const cards = await listArticleCards(db);
      expect(cards.map((c) => [c.url, c.highlightCount])).toEqual([
        [articles[0]?.url, 2],
        [articles[1]?.url, 1],
      ]);

      for (const url of new Set(highlights.map((h) => h.articleUrl))) {
        const expected = highlights
          .filter((h) => h.articleUrl === url)
          .map(withoutArticleUrl)
          .sort((a, b) => a.selector.start - b.selector.start);
        expect(await listHighlights(db, url)).toEqual(expected);
      }

      const byUrl = (a: Link, b: Link) => (a.url < b.url ? -1 : 1);
      expect([...(await listLinks(db))].sort(byUrl)).toEqual([...(links as Link[])].sort(byUrl));
      expect((await listLinks(db, { forLater: true })).map((l) => l.url)).toEqual([
        links[0]?.url,
        links[2]?.url,
      ]);

      const exported = await exportAll(db);
      expect(exported.articles.map((a) => a.highlights.length)).toEqual([1, 2]);

      // The indexes of the old database serve the current code.
      await deleteArticle(db, articles[0]?.url ?? '');
      expect(await listHighlights(db, articles[0]?.url ?? '')).toEqual([]);
      expect((await listLinks(db)).map((l) => l.url)).toEqual([links[0]?.url, links[2]?.url]);
    } finally {
      db.close();
    }
  });

  it('ends with the same schema as a fresh install', async () => {
    const upgraded = new IDBFactory();
    await version1Database(upgraded);
    const fromV1 = await openDb(DB_NAME, upgraded);
    const fresh = await openDb(DB_NAME, new IDBFactory());
    try {
      expect(describeSchema(unwrap(fromV1))).toEqual(describeSchema(unwrap(fresh)));
      expect(fromV1.version).toBe(fresh.version);
    } finally {
      fromV1.close();
      fresh.close();
    }
  });
});

describe('upgrading to version 4 (bodies in a store of their own)', () => {
  it('moves every body out of the articles store, and reads the articles back whole', async () => {
    const factory = new IDBFactory();
    await version1Database(factory);
    const db = await openDb(DB_NAME, factory);
    try {
      const heads = await db.getAll('articles');
      expect(heads.map((h) => 'bodyText' in h)).toEqual(articles.map(() => false));
      const bodies = await db.getAll('bodies');
      expect(bodies).toEqual(
        [...articles]
          .sort((a, b) => (a.url < b.url ? -1 : 1))
          .map((a) => ({ url: a.url, text: a.bodyText })),
      );
      // Positive control: the bodies were not empty to start with.
      expect(articles.every((a) => a.bodyText.length > 0)).toBe(true);
      for (const a of articles) expect((await getArticle(db, a.url))?.bodyText).toBe(a.bodyText);
    } finally {
      db.close();
    }
  });
});

/** Version 4's stores, frozen as released: version 1's, tombstones, sync's bookkeeping, bodies apart. */
function createVersion4(db: IDBDatabase) {
  createVersion1(db);
  db.createObjectStore('tombstones', { keyPath: 'key' }).createIndex('deletedAt', 'deletedAt');
  db.createObjectStore('sync', { keyPath: 'key' });
  db.createObjectStore('bodies', { keyPath: 'url' });
}

/** A database of a frozen `version` (made by `create`), filled by `fill` in one transaction. */
async function frozenDatabase(
  factory: IDBFactory,
  version: number,
  create: (db: IDBDatabase) => void,
  fill: (tx: IDBTransaction) => void,
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = () => create(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction([...db.objectStoreNames], 'readwrite');
  fill(tx);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

/** Version 4 holding the version-1 fixture's records as version 4 stored them. */
function version4Database(factory: IDBFactory): Promise<void> {
  return frozenDatabase(factory, 4, createVersion4, (tx) => {
    for (const { bodyText, ...head } of articles) {
      tx.objectStore('articles').put(head);
      tx.objectStore('bodies').put({ url: head.url, text: bodyText });
    }
    for (const h of highlights) tx.objectStore('highlights').put(h);
    for (const l of links) tx.objectStore('links').put(l);
  });
}

describe('upgrading to version 5 (the kept body index)', () => {
  it.each([
    ['version 4', version4Database],
    ['version 1', version1Database],
  ])('queues every body of a %s database for the index, which then finds them', async (_, make) => {
    const factory = new IDBFactory();
    await make(factory);
    const db = await openDb(DB_NAME, factory);
    try {
      const queued = await db.getAllKeys('searchQueue');
      expect(queued).toEqual(articles.map((a) => a.url).sort());
      expect(await db.count('bodySegments')).toBe(0);
      expect(await indexNextSegment(db, { min: 1 })).toBe(articles.length);
      const term = foldText(articles[0]!.bodyText.slice(0, 4));
      const found = await lookupBodies(db, [term]);
      expect([...(found?.found ?? [])]).toContain(articles[0]!.url);
    } finally {
      db.close();
    }
  });
});

/**
 * Version 5 of the schema, frozen as it was released (version 4's stores and the body index's),
 * holding the version-1 fixture's records with their bodies indexed as version 5 indexed them
 * (bodies alone; the grams' content does not matter here: version 6 drops them).
 */
function version5Database(factory: IDBFactory): Promise<void> {
  const create = (db: IDBDatabase) => {
    createVersion4(db);
    db.createObjectStore('bodyGrams');
    db.createObjectStore('bodySegments', { keyPath: 'seg' });
    db.createObjectStore('bodyDead', { keyPath: 'seg' });
    db.createObjectStore('searchDocs', { keyPath: 'url' });
    db.createObjectStore('searchQueue', { keyPath: 'url' });
  };
  return frozenDatabase(factory, 5, create, (tx) => {
    articles.forEach(({ bodyText, ...head }, doc) => {
      tx.objectStore('articles').put(head);
      tx.objectStore('bodies').put({ url: head.url, text: bodyText });
      tx.objectStore('searchDocs').put({ url: head.url, seg: 1, doc });
    });
    for (const h of highlights) tx.objectStore('highlights').put(h);
    tx.objectStore('bodyGrams').put({ seg: 1, grams: [], ends: [], docs: [] }, [0, 1]);
    tx.objectStore('bodySegments').put({ seg: 1, urls: articles.map((a) => a.url) });
    tx.objectStore('bodyDead').put({ seg: 1, dead: [] });
  });
}

describe('upgrading to version 6 (the index covers cards and highlights too)', () => {
  it('drops the bodies-only index and queues every article, whose highlights’ notes are then found', async () => {
    const factory = new IDBFactory();
    await version5Database(factory);
    const db = await openDb(DB_NAME, factory);
    try {
      for (const store of ['bodyGrams', 'bodySegments', 'bodyDead', 'searchDocs'] as const) {
        expect(await db.count(store), store).toBe(0);
      }
      expect(await db.getAllKeys('searchQueue')).toEqual(articles.map((a) => a.url).sort());
      expect(await indexNextSegment(db, { min: 1 })).toBe(articles.length);
      // A highlight's note is in no body: found only through what version 6 indexes.
      const h = highlights[0]!;
      expect(articles.some((a) => a.bodyText.includes(h.note))).toBe(false);
      const found = await lookupBodies(db, [foldText(h.note.slice(0, 9))]);
      expect([...(found?.found ?? [])]).toEqual([h.articleUrl]);
      const title = await lookupBodies(db, [foldText(articles[0]!.title.slice(0, 4))]);
      expect([...(title?.found ?? [])]).toContain(articles[0]!.url);
    } finally {
      db.close();
    }
  });
});
