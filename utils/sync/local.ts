import type { Plan } from './book';
import type { RecordValue, SyncMeta } from './model';

/**
 * The local library as sync sees it: records under their sync keys (`article:<url>`,
 * `highlight:<id>`, `link:<url>`) and the bookkeeping of each. Implemented over `utils/db` in the
 * extension and in memory in tests.
 */
export interface LocalStore {
  readAll(): Promise<Map<string, RecordValue>>;
  readMetas(): Promise<Map<string, SyncMeta>>;
  putMetas(metas: readonly SyncMeta[]): Promise<void>;
  /**
   * In one transaction, for each plan: when the local record's fingerprint is still
   * `plan.expectFp`, write `plan.value` (if `plan.write`; null deletes) and `plan.meta`; otherwise
   * the reader changed it meanwhile: keep it, and store `plan.deferred`. Returns the keys deferred.
   */
  apply(plans: readonly Plan[]): Promise<Set<string>>;
  /** Forget all bookkeeping (a different remote). */
  clearMetas(): Promise<void>;
}

/** Per-remote progress of this device, kept in `storage.local`. */
export interface SyncState {
  deviceId: string;
  /** Which remote the bookkeeping belongs to: url, user and the manifest's id. */
  remote: string;
  /** The next segment this device writes. */
  nextSeq: number;
  /** The last segment `head.json` announces, -1 before any. */
  headSeq: number;
  /** For each other device, the last of its segments applied here. */
  cursors: Record<string, number>;
  /** Files of other devices this device could not read at its last sync (told in its head). */
  stuck: { device: string; seq: number }[];
  /** What this device's head.json says about them now (JSON), to rewrite it when it changes. */
  headStuck: string;
  lastSyncAt: string | null;
}

export interface StateStore {
  load(): Promise<SyncState | null>;
  save(state: SyncState): Promise<void>;
}
