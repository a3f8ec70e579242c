import type { Change } from './changes';
import type { Db } from './schema';
import { articleWrites } from './owner-articles';
import { libraryWrites } from './owner-library';
import type { OwnerWrite } from './owner-write';

export interface OwnerDeps {
  db: () => Promise<Db>;
  now: () => string;
  /** Hears every change, once its transaction has committed. */
  announce: (change: Change) => void;
}

/**
 * The one writer of the library. Each action is one transaction of `utils/db`; once it has
 * committed, the change is announced (the change feed), so every view and sync read it again.
 * Failures are thrown as they are and announce nothing: nothing was written.
 */
export function createOwner({ db, now, announce }: OwnerDeps) {
  const commit: OwnerWrite = async (work, changed) => {
    const result = await work(await db(), now());
    announce(changed(result));
    return result;
  };
  return {
    ...articleWrites(commit),
    ...libraryWrites(commit),
    /** A write of another part of the extension (sync's), committed and announced like these. */
    commit,
  };
}
export type Owner = ReturnType<typeof createOwner>;
