import type { Codec } from './codec';
import type { RecordValue } from './model';
import { SyncError, toSyncError } from './errors';
import type { LocalStore, StateStore, SyncState } from './local';
import { ensureManifest } from './manifest';
import type { Remote } from './remote';
import { downloadAll, readHeads } from './download';
import { uploadAll, writeHead } from './upload';
import { Working } from './working';

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
  keyCache?: Map<string, CryptoKey>;
  /** PBKDF2 iterations for a new encrypted remote (tests use fewer). */
  iterations?: number;
  /** Largest segment written, in bytes of JSON before encryption. */
  segmentBytes?: number;
  /** Whether a record from another device may be kept here (checked before any is applied). */
  validate?: (key: string, value: RecordValue) => boolean;
}

export interface SyncReport {
  uploaded: number;
  downloaded: number;
  /** Bytes written and read, files included. */
  bytesUp: number;
  bytesDown: number;
}

export interface SyncContext extends SyncDeps {
  codec: Codec;
  st: SyncState;
  work: Working;
  report: SyncReport;
  saveState(): Promise<void>;
}

/**
 * One sync: publish this device's changes as new segments of its own log, then apply the other
 * devices' new segments. Each step is saved as it completes, so an interrupted sync resumes where
 * it stopped. The local library is changed only by applying complete, readable versions.
 */
export async function syncOnce(deps: SyncDeps): Promise<SyncReport> {
  const report: SyncReport = { uploaded: 0, downloaded: 0, bytesUp: 0, bytesDown: 0 };
  const remote = countingRemote(deps.remote, report);
  try {
    const { manifest, codec } = await ensureManifest(
      { remote, crypto: deps.crypto, now: deps.now, iterations: deps.iterations },
      deps.passphrase,
      deps.keyCache,
    );
    const label = `${deps.remoteLabel}\n${manifest.id}`;
    const st = await loadState(deps, label);
    const work = await Working.load(deps.local);
    const ctx: SyncContext = {
      ...deps,
      remote,
      codec,
      st,
      work,
      report,
      saveState: () => deps.state.save(st),
    };
    const heads = await readHeads(ctx);
    await uploadAll(ctx, heads.repairs);
    const problems = await downloadAll(ctx, heads);
    await writeHead(ctx, heads.ownHeadDamaged);
    st.lastSyncAt = deps.now();
    await ctx.saveState();
    if (problems[0]) throw problems[0];
    return report;
  } catch (e) {
    throw toSyncError(e);
  }
}

async function loadState(deps: SyncDeps, label: string): Promise<SyncState> {
  const saved = await deps.state.load();
  if (saved && saved.remote === label) return saved;
  // A new remote (or none before): the bookkeeping of another one means nothing here.
  await deps.local.clearMetas();
  const st: SyncState = {
    deviceId: saved?.deviceId ?? deps.newDeviceId(),
    remote: label,
    nextSeq: 0,
    headSeq: -1,
    cursors: {},
    stuck: [],
    headStuck: '[]',
    lastSyncAt: null,
  };
  await deps.state.save(st);
  return st;
}

function countingRemote(remote: Remote, report: SyncReport): Remote {
  return {
    async read(path) {
      const bytes = await remote.read(path);
      report.bytesDown += bytes?.length ?? 0;
      return bytes;
    },
    async write(path, data, options) {
      report.bytesUp += data.length;
      return remote.write(path, data, options);
    },
    list: (path) => remote.list(path),
    makeDir: (path) => remote.makeDir(path),
  };
}

export { SyncError };
