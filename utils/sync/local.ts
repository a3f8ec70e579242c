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

/** What this device remembers of the remote's manifest, to skip reading it when unchanged. */
export interface ManifestCache {
  /** The manifest's JSON. */
  text: string;
  size: number | null;
  modified: string | null;
  etag: string | null;
}

/** Repairs of this device's files still to do: publish its versions again, write a snapshot. */
export interface Owed {
  republish: boolean;
  resnapshot: boolean;
}

/** Per-remote progress of this device, kept in `storage.local`. */
export interface SyncState {
  /** New whenever the bookkeeping starts afresh, so its files never meet an older run's. */
  deviceId: string;
  /** Which remote the bookkeeping belongs to: url, user and the manifest's id. */
  remote: string;
  /** The counter of the next file this device writes. */
  nextSeq: number;
  /** A file being written whose answer has not come back: checked at the next sync. */
  pending: { name: string; seq: number } | null;
  /** This device's files that hold its published versions (segments and its snapshot). */
  own: string[];
  /** Files of other devices applied here (those still listed). */
  applied: string[];
  /** Per device, the last file a snapshot applied here included. */
  cover: Record<string, number>;
  manifest: ManifestCache | null;
  /** The first seq after this device's base (first upload or snapshot); null while the first upload runs. */
  baseEnd: number | null;
  /** Keys this device published since its base (a merged file holds their versions). */
  tailKeys: string[];
  /** This device's files replaced by a merged file or a snapshot, deleted a few per sync. */
  retired: string[];
  /** This computer's device ids of earlier bookkeeping: it mends their files when marked. */
  previous: string[];
  /**
   * What a repair of this device's files still owes, kept until done (a sync that stops after
   * deleting a damaged file must still publish its versions again at the next one).
   */
  owed: Owed | null;
  lastSyncAt: string | null;
}

export interface StateStore {
  load(): Promise<SyncState | null>;
  save(state: SyncState): Promise<void>;
}
