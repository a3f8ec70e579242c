import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDbAccessor,
  DB_NAME,
  DB_VERSION,
  DbError,
  getArticle,
  openDb,
  saveArticle,
  type Db,
} from '../../../utils/db';
import { openDatabase } from '../../../utils/db/open';
import { article, at, describeSchema, outcome } from './helpers';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const close of cleanup.splice(0)) close();
});

function rawOpen(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawDelete(factory: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

const track = <T extends Db | IDBDatabase>(db: T): T => {
  cleanup.push(() => db.close());
  return db;
};

describe('opening the database', () => {
  it('creates the stores and indexes of the current version', async () => {
    const db = track(await openDb(DB_NAME, new IDBFactory()));
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(unwrap(db))).toEqual([
      {
        name: 'articles',
        keyPath: 'url',
        autoIncrement: false,
        indexes: [{ name: 'savedAt', keyPath: 'savedAt', unique: false, multiEntry: false }],
      },
      { name: 'bodies', keyPath: 'url', autoIncrement: false, indexes: [] },
      { name: 'bodyDead', keyPath: 'seg', autoIncrement: false, indexes: [] },
      { name: 'bodyGrams', keyPath: null, autoIncrement: false, indexes: [] },
      { name: 'bodySegments', keyPath: 'seg', autoIncrement: false, indexes: [] },
      {
        name: 'highlights',
        keyPath: 'id',
        autoIncrement: false,
        indexes: [{ name: 'articleUrl', keyPath: 'articleUrl', unique: false, multiEntry: false }],
      },
      {
        name: 'links',
        keyPath: 'url',
        autoIncrement: false,
        indexes: [
          { name: 'fromArticles', keyPath: 'fromArticles', unique: false, multiEntry: true },
        ],
      },
      { name: 'searchDocs', keyPath: 'url', autoIncrement: false, indexes: [] },
      { name: 'searchQueue', keyPath: 'url', autoIncrement: false, indexes: [] },
      { name: 'sync', keyPath: 'key', autoIncrement: false, indexes: [] },
      {
        name: 'tombstones',
        keyPath: 'key',
        autoIncrement: false,
        indexes: [{ name: 'deletedAt', keyPath: 'deletedAt', unique: false, multiEntry: false }],
      },
    ]);
  });

  it('lets go when another copy upgrades the database, instead of blocking it', async () => {
    const factory = new IDBFactory();
    const onClose = vi.fn();
    const db = await openDb(DB_NAME, factory, { onClose });
    const newer = track(await rawOpen(factory, DB_VERSION + 1));
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(onClose).toHaveBeenCalledOnce();
    expect(await outcome(getArticle(db, article(1).url))).toMatchObject({
      error: { code: 'blocked' },
    });
  });

  it('gives up with a blocked error when an old copy will not let go', async () => {
    const factory = new IDBFactory();
    const stubborn = await rawOpen(factory, 1); // listens to no versionchange: never closes
    const result = await outcome(
      openDatabase({ name: DB_NAME, version: 2, factory, blockedTimeoutMs: 20 }),
    );
    expect(result).toMatchObject({ error: { code: 'blocked' } });
    expect((result as { error: DbError }).error.message).toMatch(/another open copy/);

    // Once the old copy closes, the late connection is let go too: a further upgrade is not blocked.
    stubborn.close();
    const later = track(await rawOpen(factory, 3));
    expect(later.version).toBe(3);
  });

  it('refuses a database written by a newer version, in plain words', async () => {
    const factory = new IDBFactory();
    (await rawOpen(factory, DB_VERSION + 4)).close();
    const result = await outcome(openDb(DB_NAME, factory));
    expect(result).toMatchObject({ error: { name: 'DbError', code: 'unknown' } });
    expect((result as { error: DbError }).error.message).toMatch(/newer version/);
  });
});

describe('the shared connection', () => {
  it('opens once and hands out the same connection', async () => {
    const accessor = createDbAccessor(DB_NAME, new IDBFactory());
    cleanup.push(() => accessor.close());
    const [a, b] = await Promise.all([accessor.get(), accessor.get()]);
    expect(a).toBe(b);
    expect(await accessor.get()).toBe(a);
  });

  it('reopens after another copy closed it to delete or upgrade the database', async () => {
    const factory = new IDBFactory();
    const accessor = createDbAccessor(DB_NAME, factory);
    cleanup.push(() => accessor.close());
    const first = await accessor.get();
    await saveArticle(first, article(1), at(0));
    await rawDelete(factory); // completes only because the connection let go
    const second = await accessor.get();
    expect(second).not.toBe(first);
    expect(await getArticle(second, article(1).url)).toBeNull();
    await saveArticle(second, article(2), at(1));
    expect(await getArticle(second, article(2).url)).not.toBeNull();
  });

  it('reopens after the browser dropped the connection', async () => {
    const factory = new IDBFactory();
    const accessor = createDbAccessor(DB_NAME, factory);
    cleanup.push(() => accessor.close());
    const first = await accessor.get();
    await saveArticle(first, article(1), at(0));
    // fake-indexeddb's stand-in for the browser closing a connection (its typing is off)
    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    const second = await accessor.get();
    expect(second).not.toBe(first);
    expect(await getArticle(second, article(1).url)).toMatchObject({ url: article(1).url });
  });

  it('reopens after close()', async () => {
    const accessor = createDbAccessor(DB_NAME, new IDBFactory());
    cleanup.push(() => accessor.close());
    const first = await accessor.get();
    accessor.close();
    const second = await accessor.get();
    expect(second).not.toBe(first);
    await saveArticle(second, article(1), at(0));
  });

  it('tries again on the next call after a failed open', async () => {
    const factory = new IDBFactory();
    const newer = await rawOpen(factory, DB_VERSION + 1);
    const accessor = createDbAccessor(DB_NAME, factory);
    cleanup.push(() => accessor.close());
    expect(await outcome(accessor.get())).toMatchObject({ error: { code: 'unknown' } });
    newer.close();
    await rawDelete(factory);
    const db = await accessor.get();
    expect(db.version).toBe(DB_VERSION);
  });
});
