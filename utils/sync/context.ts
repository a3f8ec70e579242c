import type { Codec } from './codec';
import type { LocalStore, StateStore, SyncState } from './local';
import type { KeyCache, Manifest } from './manifest';
import type { RecordValue } from './model';
import type { Remote } from './remote';
import type { Working } from './working';

/* What one sync run carries through its steps (upload, download, compaction), and what it reports. */

export interface SyncProgress {
  phase: 'upload' | 'download';
  done: number;
  total: number;
}

export interface SyncDeps {
  remote: Remote;
  local: LocalStore;
  state: StateStore;
  crypto: Crypto;
  now: () => string;
  /** Server URL and user: bookkeeping for another remote is dropped. */
  remoteLabel: string;
  passphrase: string;
  newDeviceId: () => string;
  onProgress?: (p: SyncProgress) => void;
  /** Keys derived from passphrases, kept while the background runs (derivation is slow). */
  keyCache?: KeyCache;
  /** PBKDF2 iterations for a new encrypted remote (tests use fewer). */
  iterations?: number;
  /** Largest segment written, in bytes of JSON before encryption. */
  segmentBytes?: number;
  /** Segments after which this device merges them (MERGE_AFTER; tests use fewer). */
  mergeAfter?: number;
  /** Largest merged file before a snapshot replaces it (TAIL_BYTES; tests use less). */
  tailBytes?: number;
  /** Whether a record from another device may be kept here (checked before any is applied). */
  validate?: (key: string, value: RecordValue) => boolean;
}

export interface SyncReport {
  uploaded: number;
  downloaded: number;
  /** Bytes written and read, files included. */
  bytesUp: number;
  bytesDown: number;
  /** Requests made (every operation on the remote). */
  requests: number;
}

export interface SyncContext extends SyncDeps {
  codec: Codec;
  manifest: Manifest;
  st: SyncState;
  work: Working;
  report: SyncReport;
  saveState(): Promise<void>;
}
