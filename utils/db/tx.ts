import type { IDBPTransaction } from 'idb';
import { DbError, toDbError } from './errors';
import type { AnnotatorSchema, Db, StoreName } from './schema';

type Tx<N extends StoreName[], M extends IDBTransactionMode> = IDBPTransaction<
  AnnotatorSchema,
  N,
  M
>;

function abortQuietly(tx: Tx<StoreName[], IDBTransactionMode>): unknown {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser.
  }
  try {
    return tx.error;
  } catch {
    return null;
  }
}

/**
 * Run `work` as one transaction and resolve once it has committed. `work` may only wait on
 * requests of `tx`. Any failure aborts the whole transaction, so nothing of it is kept, and is
 * reported as a DbError.
 */
export async function inTransaction<const N extends StoreName[], M extends IDBTransactionMode, R>(
  db: Db,
  stores: N,
  mode: M,
  work: (tx: Tx<N, M>) => Promise<R>,
): Promise<R> {
  let tx: Tx<N, M>;
  try {
    tx = db.transaction(stores, mode);
  } catch (e) {
    throw toDbError(e);
  }
  const done = tx.done;
  done.catch(() => undefined); // awaited below; this only keeps an early abort from going unseen
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (e) {
    const reason = abortQuietly(tx as unknown as Tx<StoreName[], IDBTransactionMode>);
    throw toDbError(e instanceof DbError || !reason ? e : reason);
  }
}

/** Watch a request whose outcome the transaction reports; a failure aborts the transaction. */
export function settleLater(request: Promise<unknown>): void {
  request.catch(() => undefined);
}
