import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DbError,
  exportAll,
  getArticle,
  importFile,
  listLinks,
  saveArticle,
  toDbError,
  type Db,
} from '../../../utils/db';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../../../utils/schemas';
import { article, at, freshDb, highlight, outcome, related } from './helpers';

let db: Db;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Make the browser refuse every write after the first `allowed` ones, as a full disk does. */
function fillStorageAfter(allowed: number) {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (++calls > allowed) throw quota();
    return put.apply(this, args);
  });
}

/**
 * Make the browser abort the transaction with a quota error once a write is under way, as
 * Chromium does when the disk fills at commit: pending requests then fail with AbortError.
 */
function abortWithQuotaOnFirstWrite() {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    const request = put.apply(this, args);
    // fake-indexeddb's own hook for a transaction aborted by the browser
    (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
    return request;
  });
}

describe('errors the reader can act on', () => {
  it.each([
    ['a quota error', 'quota', quota()],
    ['Firefox’s quota error', 'quota', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }],
    [
      'an abort caused by a quota error',
      'quota',
      Object.assign(new DOMException('x', 'AbortError'), { cause: quota() }),
    ],
    ['a malformed key', 'invalid', new DOMException('x', 'DataError')],
    ['a value that cannot be stored', 'invalid', new DOMException('x', 'DataCloneError')],
    ['a closed connection', 'blocked', new DOMException('x', 'InvalidStateError')],
    ['a database from a newer version', 'unknown', new DOMException('x', 'VersionError')],
    ['a plain abort', 'unknown', new DOMException('x', 'AbortError')],
    ['something odd', 'unknown', 'boom'],
  ])('maps %s to code %s', (_what, code, error) => {
    const mapped = toDbError(error);
    expect(mapped).toBeInstanceOf(DbError);
    expect(mapped.code).toBe(code);
    expect(mapped.message).not.toBe('');
    expect(mapped.cause).toBe(error);
  });

  it('passes a DbError through unchanged', () => {
    const error = new DbError('not-found');
    expect(toDbError(error)).toBe(error);
  });

  it('says in plain words that storage is full', () => {
    expect(toDbError(quota()).message).toBe(
      'Storage is full: the browser refused to save. Free some space or export and delete old articles.',
    );
  });
});

describe('when storage is full', () => {
  it('saving fails with a quota error and saves nothing, not even part of it', async () => {
    ({ db } = await freshDb());
    fillStorageAfter(1); // the article goes through, its related link does not
    const result = await outcome(saveArticle(db, article(1, { related: [related(1)] }), at(0)));
    vi.restoreAllMocks();
    expect(result).toMatchObject({ error: { code: 'quota', name: 'DbError' } });
    expect(await getArticle(db, article(1).url)).toBeNull();
    expect(await listLinks(db)).toEqual([]);
  });

  it('a transaction the browser aborts for quota is reported as quota, not as an abort', async () => {
    ({ db } = await freshDb());
    abortWithQuotaOnFirstWrite();
    const result = await outcome(saveArticle(db, article(1, { related: [related(1)] }), at(0)));
    vi.restoreAllMocks();
    expect(result).toMatchObject({ error: { code: 'quota' } });
    expect(await getArticle(db, article(1).url)).toBeNull();
  });

  it('an import fails with a quota error and leaves the database as it was', async () => {
    ({ db } = await freshDb());
    await saveArticle(db, article(1), at(0));
    const before = await exportAll(db);
    fillStorageAfter(10);
    const articles = Array.from({ length: 20 }, (_, n) => ({
      ...article(n + 2),
      savedAt: at(0),
      updatedAt: at(0),
      note: '',
      highlights: [highlight(`h${n}`)],
    }));
    const file: ExportFile = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: at(0),
      articles,
      links: [],
    };
    const result = await outcome(importFile(db, file));
    vi.restoreAllMocks();
    expect(result).toMatchObject({ error: { code: 'quota' } });
    expect(await exportAll(db)).toEqual(before);
  });
});
