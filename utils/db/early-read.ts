import { wrap } from 'idb';
import type { Db } from './schema';

/**
 * Open `name` only when it already stands at `version`: never create it (the upgrade a missing
 * database would need is aborted, so nothing is made) and never upgrade it (a database at another
 * version is closed again). Answers null then, or when the browser refuses: the page's own open,
 * which runs the upgrades, takes over.
 */
export function openIfCurrent(
  name: string,
  version: number,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<Db | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      if (!factory) return resolve(null);
      request = factory.open(name);
    } catch {
      return resolve(null);
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const raw = request.result;
      if (raw.version === version) return resolve(wrap(raw) as unknown as Db);
      raw.close();
      resolve(null);
    };
  });
}

/**
 * Start `read` on a connection of its own while the page's modules are still loading, and close
 * that connection once read. Answers null when the database is not ready for it or the read
 * failed: the caller then reads as it always does, and reports what went wrong.
 */
export async function readEarly<T>(
  name: string,
  version: number,
  read: (db: Db) => Promise<T>,
  factory?: IDBFactory,
): Promise<T | null> {
  const db = await openIfCurrent(name, version, factory);
  if (!db) return null;
  try {
    return await read(db);
  } catch {
    return null;
  } finally {
    db.close();
  }
}
