import type { Plan } from './book';
import type { LocalStore } from './local';
import {
  clearSyncMetas,
  putSyncMetas,
  readSyncMetas,
  readSyncRecords,
  type Db,
  type SyncApplied,
} from '../db';

export interface IdbLocalDeps {
  db: () => Promise<Db>;
  /** The data owner's sync write (`owner.applySync`): one transaction, then the change feed. */
  applySync: (plans: readonly Plan[]) => Promise<SyncApplied>;
}

/** The library in IndexedDB, as sync reads and writes it. */
export function idbLocal({ db, applySync }: IdbLocalDeps): LocalStore {
  return {
    readAll: async () => readSyncRecords(await db()),
    readMetas: async () => readSyncMetas(await db()),
    putMetas: async (metas) => putSyncMetas(await db(), metas),
    clearMetas: async () => clearSyncMetas(await db()),
    apply: async (plans) => (await applySync(plans)).deferred,
  };
}
