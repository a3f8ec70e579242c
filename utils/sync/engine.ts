import { SyncError, toSyncError } from './errors';
import type { ManifestCache, SyncState } from './local';
import { openManifest, type OpenedManifest } from './manifest';
import type { Entry, Remote } from './remote';
import { downloadAll } from './download';
import { repaired, repairOwn, uploadAll } from './upload';
import { settlePending } from './pending';
import { survey } from './survey';
import { orphans, orphansDone } from './mend';
import { compact, readSnapshot, retireSome } from './compact';
import { Working } from './working';

export type { SyncContext, SyncDeps, SyncProgress, SyncReport } from './context';
import type { SyncContext, SyncDeps, SyncReport } from './context';

/**
 * The sync folder's listing, the folder made first when it is not there yet (one MKCOL: 坚果云
 * answers 409 under a missing folder, and 409 again to MKCOL of an existing one, so what counts
 * is whether it lists afterwards).
 */
export async function listFolder(remote: Remote): Promise<Entry[]> {
  const listing = await remote.list('');
  if (listing) return listing;
  let refused: unknown = null;
  try {
    if ((await remote.makeDir('')) === 'created') return [];
  } catch (e) {
    // Apache answers 403 when another computer made the folder between its check and its
    // mkdir: the folder listing afterwards tells a race from a real refusal.
    if (!(e instanceof SyncError) || e.code !== 'forbidden') throw e;
    refused = e;
  }
  const again = await remote.list('');
  if (again) return again;
  throw refused ?? new SyncError('not-found', 'the sync folder cannot be made there');
}

/** Reach the remote: its folder (made when missing) and its manifest (made or repaired). */
export async function openRemote(
  deps: Pick<SyncDeps, 'remote' | 'crypto' | 'now' | 'iterations' | 'passphrase' | 'keyCache'>,
  remembered: ManifestCache | null,
): Promise<{ listing: Entry[]; opened: OpenedManifest }> {
  const listing = await listFolder(deps.remote);
  const opened = await openManifest(
    { remote: deps.remote, crypto: deps.crypto, now: deps.now, iterations: deps.iterations },
    listing,
    remembered,
    deps.passphrase,
    deps.keyCache,
  );
  return { listing, opened };
}

/**
 * One sync: list the folder; publish this device's changes as new files; apply the files other
 * devices wrote; now and then replace this device's files by a snapshot. Each step is saved as it
 * completes, so an interrupted sync resumes where it stopped. The local library is changed only
 * by applying complete, checked versions.
 */
export async function syncOnce(deps: SyncDeps): Promise<SyncReport> {
  const report: SyncReport = { uploaded: 0, downloaded: 0, bytesUp: 0, bytesDown: 0, requests: 0 };
  const remote = countingRemote(deps.remote, report);
  try {
    const saved = await deps.state.load();
    const { listing, opened } = await openRemote({ ...deps, remote }, saved?.manifest ?? null);
    const st = await loadState(deps, saved, `${deps.remoteLabel}\n${opened.manifest.id}`);
    st.manifest = opened.cache;
    const work = await Working.load(deps.local);
    const ctx: SyncContext = {
      ...deps,
      remote,
      codec: opened.codec,
      manifest: opened.manifest,
      st,
      work,
      report,
      saveState: () => deps.state.save(st),
    };
    const files = survey(listing, opened.manifest.id, st.deviceId);
    await settlePending(ctx, files);
    const repair = await repairOwn(ctx, files);
    const orphaned = orphans(ctx, files);
    // Republishing also covers the versions of this computer's earlier ids: their files may be
    // the ones deleted (`mendEarlier`), and the versions they held are in the records here.
    const revive = new Set([...orphaned.writers, ...(repair.republish ? st.previous : [])]);
    await uploadAll(ctx, repair.republish, revive);
    await repaired(ctx, 'republish');
    await orphansDone(ctx, orphaned);
    await readSnapshot(ctx, files);
    const problems = await downloadAll(ctx, files);
    if (await compact(ctx, files, repair.resnapshot)) await repaired(ctx, 'resnapshot');
    await retireSome(ctx);
    const listed = new Set(listing.map((e) => e.name));
    st.applied = st.applied.filter((name) => listed.has(name));
    st.lastSyncAt = deps.now();
    await ctx.saveState();
    if (problems[0]) throw problems[0];
    return report;
  } catch (e) {
    throw toSyncError(e);
  }
}

async function loadState(
  deps: SyncDeps,
  saved: SyncState | null,
  label: string,
): Promise<SyncState> {
  if (saved && saved.remote === label) return saved;
  // A new remote (or none before): the bookkeeping of another one means nothing here, and a new
  // device id keeps this bookkeeping's files apart from any an earlier one wrote.
  await deps.local.clearMetas();
  const st: SyncState = {
    deviceId: deps.newDeviceId(),
    remote: label,
    nextSeq: 0,
    pending: null,
    own: [],
    applied: [],
    cover: {},
    manifest: null,
    baseEnd: null,
    tailKeys: [],
    retired: [],
    previous: saved ? [...saved.previous, saved.deviceId].slice(-20) : [],
    owed: null,
    lastSyncAt: null,
  };
  await deps.state.save(st);
  return st;
}

function countingRemote(remote: Remote, report: SyncReport): Remote {
  const count = () => void report.requests++;
  return {
    async read(path, maxBytes) {
      count();
      const bytes = await remote.read(path, maxBytes);
      report.bytesDown += bytes?.length ?? 0;
      return bytes;
    },
    async write(path, data, options) {
      count();
      report.bytesUp += data.length;
      return remote.write(path, data, options);
    },
    list: (path) => (count(), remote.list(path)),
    makeDir: (path) => (count(), remote.makeDir(path)),
    remove: (path) => (count(), remote.remove(path)),
  };
}

export { SyncError };
