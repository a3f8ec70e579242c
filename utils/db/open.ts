import { wrap } from 'idb';
import { DbError, toDbError } from './errors';
import { DB_VERSION, upgrade, type UpgradeTransaction } from './migrations';
import { DB_NAME, type Db } from './schema';

/** How long an open waits for other copies of the extension to let go before giving up. */
export const BLOCKED_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Give up with DbError('blocked') when other connections hold the database this long. */
  blockedTimeoutMs?: number;
  /**
   * Called when the connection closes on its own: another copy asked to upgrade or delete the
   * database (this connection then closes itself), or the browser dropped it.
   */
  onClose?: () => void;
}

interface OpenRequest extends OpenOptions {
  name: string;
  version: number;
  factory?: IDBFactory;
}

/** Open `name` at `version`, running the upgrade steps it lacks. */
export function openDatabase({
  name,
  version,
  factory = globalThis.indexedDB,
  blockedTimeoutMs = BLOCKED_TIMEOUT_MS,
  onClose,
}: OpenRequest): Promise<Db> {
  return new Promise<Db>((resolve, reject) => {
    if (!factory) {
      reject(new DbError('unknown', 'This browser offers no IndexedDB storage.'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (e) {
      reject(toDbError(e));
      return;
    }
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as unknown as Db;
      const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
      upgrade(db, tx, event.oldVersion, event.newVersion ?? version);
    };
    request.onblocked = () => {
      timer ??= setTimeout(() => {
        settled = true;
        reject(new DbError('blocked'));
      }, blockedTimeoutMs);
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const raw = request.result;
      if (settled) {
        // The caller gave up while this open was blocked: let the database go again.
        raw.close();
        return;
      }
      settled = true;
      raw.addEventListener('versionchange', () => {
        raw.close();
        onClose?.();
      });
      raw.addEventListener('close', () => onClose?.());
      resolve(wrap(raw) as unknown as Db);
    };
    request.onerror = (event) => {
      clearTimeout(timer);
      event.preventDefault();
      if (settled) return;
      settled = true;
      reject(toDbError(request.error));
    };
  });
}

/** Open the extension's database at the current version. */
export function openDb(
  name: string = DB_NAME,
  factory?: IDBFactory,
  options: OpenOptions = {},
): Promise<Db> {
  return openDatabase({ ...options, name, version: DB_VERSION, factory });
}

export interface DbAccessor {
  /** The open connection, opened on first use and again after it was closed. */
  get(): Promise<Db>;
  /** Close the connection; the next `get()` opens a new one. */
  close(): void;
}

/** A lazily opened connection that reopens after another copy closed it for an upgrade. */
export function createDbAccessor(
  name: string = DB_NAME,
  factory?: IDBFactory,
  options: Omit<OpenOptions, 'onClose'> = {},
): DbAccessor {
  let current: Promise<Db> | null = null;

  const forget = (attempt: Promise<Db>) => {
    if (current === attempt) current = null;
  };

  return {
    get() {
      if (current) return current;
      const attempt: Promise<Db> = openDb(name, factory, {
        ...options,
        onClose: () => forget(attempt),
      });
      current = attempt;
      attempt.catch(() => forget(attempt));
      return attempt;
    },
    close() {
      const attempt = current;
      current = null;
      attempt?.then(
        (db) => db.close(),
        () => undefined,
      );
    },
  };
}
