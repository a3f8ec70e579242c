import { unwrap, type IDBPTransaction } from 'idb';
import type { AnnotatorSchema, Db, StoreName } from './schema';

export type UpgradeTransaction = IDBPTransaction<AnnotatorSchema, StoreName[], 'versionchange'>;
/** One step of the schema: brings a database from version `i` to `i + 1`. */
export type Migration = (db: Db, tx: UpgradeTransaction) => void;

/**
 * The schema, one step per version. Steps are never edited once released: a change to the schema
 * is a new step appended here (and a frozen fixture of the previous version for the migration test).
 */
export const MIGRATIONS: readonly Migration[] = [
  // Version 1: saved articles, their highlights, and related links.
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'url' });
    articles.createIndex('savedAt', 'savedAt');
    const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
    highlights.createIndex('articleUrl', 'articleUrl');
    const links = db.createObjectStore('links', { keyPath: 'url' });
    links.createIndex('fromArticles', 'fromArticles', { multiEntry: true });
  },
  // Version 2: tombstones of deleted articles, highlights and links (see tombstones.ts).
  (db) => {
    const tombstones = db.createObjectStore('tombstones', { keyPath: 'key' });
    tombstones.createIndex('deletedAt', 'deletedAt');
  },
  // Version 3: sync's bookkeeping, one entry per synced record (see utils/sync/model.ts).
  (db) => {
    db.createObjectStore('sync', { keyPath: 'key' });
  },
  // Version 4: bodies move to a store of their own, so that lists of articles never read them.
  (db, tx) => {
    db.createObjectStore('bodies', { keyPath: 'url' });
    moveBodies(unwrap(tx));
  },
  // Version 5: the kept body index; every saved article's body waits to be indexed.
  (db, tx) => {
    db.createObjectStore('bodyGrams');
    db.createObjectStore('bodySegments', { keyPath: 'seg' });
    db.createObjectStore('bodyDead', { keyPath: 'seg' });
    db.createObjectStore('searchDocs', { keyPath: 'url' });
    db.createObjectStore('searchQueue', { keyPath: 'url' });
    queueBodies(unwrap(tx));
  },
  // Version 6: the index covers each article's card text, highlights and notes besides its body;
  // what version 5 indexed (bodies alone) is dropped and every article waits to be indexed again.
  (_db, tx) => {
    for (const name of ['bodyGrams', 'bodySegments', 'bodyDead', 'searchDocs'] as const) {
      void tx.objectStore(name).clear();
    }
    queueBodies(unwrap(tx));
  },
];

/**
 * Queue every saved article's body for the body index, inside the upgrade's transaction. By the
 * articles' keys: an upgrade from before version 4 is still moving the bodies at this point.
 */
function queueBodies(tx: IDBTransaction): void {
  const queue = tx.objectStore('searchQueue');
  const request = tx.objectStore('articles').openKeyCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    queue.put({ url: cursor.primaryKey, token: Math.random() });
    cursor.continue();
  };
}

/**
 * Move each article's body text into the bodies store, one cursor step per article, inside the
 * upgrade's transaction: a failure aborts the upgrade and leaves the database as it was.
 */
function moveBodies(tx: IDBTransaction): void {
  const articles = tx.objectStore('articles');
  const bodies = tx.objectStore('bodies');
  const request = articles.openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    const { bodyText, ...head } = cursor.value as { url: string; bodyText?: unknown };
    bodies.put({ url: head.url, text: typeof bodyText === 'string' ? bodyText : '' });
    cursor.update(head);
    cursor.continue();
  };
}

export const DB_VERSION = MIGRATIONS.length;

/** Run every step between the stored version and the requested one, in order. */
export function upgrade(db: Db, tx: UpgradeTransaction, oldVersion: number, newVersion: number) {
  const last = Math.min(newVersion, MIGRATIONS.length);
  for (let version = oldVersion; version < last; version++) MIGRATIONS[version]?.(db, tx);
}
