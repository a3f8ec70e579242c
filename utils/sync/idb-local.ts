import type { Db, Owner } from '../db';
import type { LocalStore } from './local';
import {
  applySyncPlans,
  clearSyncMetas,
  putSyncMetas,
  readSyncMetas,
  readSyncRecords,
} from './store';

export interface IdbLocalDeps {
  db: () => Promise<Db>;
  /** The data owner's write (`owner.commit`): one transaction, then the change feed. */
  commit: Owner['commit'];
}

/** The library in IndexedDB, as sync reads and writes it; its writes go through the data owner. */
export function idbLocal({ db, commit }: IdbLocalDeps): LocalStore {
  return {
    readAll: async () => readSyncRecords(await db()),
    readMetas: async () => readSyncMetas(await db()),
    putMetas: async (metas) => putSyncMetas(await db(), metas),
    clearMetas: async () => clearSyncMetas(await db()),
    apply: async (plans) => {
      const applied = await commit(
        (d, now) => applySyncPlans(d, plans, now),
        (a) => ({ ...a.change, source: 'sync' as const }),
      );
      return applied.deferred;
    },
  };
}
