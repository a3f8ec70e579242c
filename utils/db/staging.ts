import { DbError, toDbError } from './errors';

/*
 * Files handed from a page to the background: an import file is put here by the page and read by
 * the background's data owner. A Blob is stored by reference to the browser's own copy, so even a
 * file of hundreds of megabytes passes without a message of that size (runtime messages are
 * limited to 64 MB in Chromium) and without the page holding its text. A separate small database,
 * so that the library's schema and its upgrades are untouched; a staged file lives for one import.
 */

export const STAGING_DB_NAME = 'ai-news-annotator-staging';
const STORE = 'files';
/** A staged file older than this was left by an import that never ran to the end: it goes. */
export const STAGED_MAX_AGE_MS = 24 * 60 * 60 * 1000;

interface Staged {
  id: string;
  file: Blob;
  stagedAt: number;
}

function openStaging(factory: IDBFactory | undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new DbError('unknown', 'This browser offers no IndexedDB storage.'));
      return;
    }
    const request = factory.open(STAGING_DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(toDbError(request.error));
    request.onblocked = () => reject(new DbError('blocked'));
  });
}

/** Run `work` in one transaction of the staging store; resolves once it has committed. */
async function inStaging<R>(
  factory: IDBFactory | undefined,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => () => R,
): Promise<R> {
  const db = await openStaging(factory);
  try {
    return await new Promise<R>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      tx.onerror = (event) => event.preventDefault();
      tx.onabort = () => reject(toDbError(tx.error));
      let result: () => R;
      try {
        result = work(tx.objectStore(STORE));
      } catch (e) {
        reject(toDbError(e)); // a request the browser refused at once (a full disk)
        tx.abort();
        return;
      }
      tx.oncomplete = () => resolve(result());
    });
  } finally {
    db.close();
  }
}

/** Keep `file` for the background to import; answers its id. Files left long ago go meanwhile. */
export function stageFile(
  file: Blob,
  now: number = Date.now(),
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<string> {
  const id = globalThis.crypto.randomUUID();
  return inStaging(factory, 'readwrite', (store) => {
    store.openCursor().onsuccess = (event) => {
      const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
      if (!cursor) return;
      if ((cursor.value as Staged).stagedAt < now - STAGED_MAX_AGE_MS) cursor.delete();
      cursor.continue();
    };
    store.put({ id, file, stagedAt: now } satisfies Staged);
    return () => id;
  });
}

/** The file staged under `id`, or null when there is none (already imported, or never staged). */
export function readStagedFile(
  id: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<Blob | null> {
  return inStaging(factory, 'readonly', (store) => {
    const request = store.get(id);
    return () => (request.result as Staged | undefined)?.file ?? null;
  });
}

/** Let the file staged under `id` go. */
export function dropStagedFile(
  id: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<void> {
  return inStaging(factory, 'readwrite', (store) => {
    store.delete(id);
    return () => undefined;
  });
}
