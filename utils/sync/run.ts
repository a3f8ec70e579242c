import { openRemote, syncOnce, type SyncProgress, type SyncReport } from './engine';
import { STOPPING_CODES, toSyncError } from './errors';
import { startRunBudget } from './budget';
import type { KeyCache } from './manifest';
import type { Remote } from './remote';
import { validRecord } from './records';
import {
  isConfigured,
  loadSettings,
  loadStatus,
  normalizeUrl,
  STATUS_KEY,
  storageState,
  urlSafety,
  type SyncSettings,
  type SyncStatus,
} from './settings';
import type { ControllerDeps, Trigger } from './controller-deps';
import type { Account } from './webdav-remote';

/*
 * One run of sync, as the controller starts it: check the settings, then sync (or only test the
 * connection) against the reader's server, keeping the status in storage as it goes.
 */

function account(settings: SyncSettings): Account {
  return { url: normalizeUrl(settings.url)!, user: settings.user, password: settings.password };
}

/** Progress into the status: at most a few writes a second, and always the last one. */
function progressWriter(deps: ControllerDeps) {
  let lastWrite = 0;
  return (progress: SyncProgress) => {
    const t = Date.now();
    if (t - lastWrite < 250 && progress.done !== progress.total) return;
    lastWrite = t;
    void deps.storage.set({
      [STATUS_KEY]: { state: 'syncing', code: null, lastSyncAt: null, progress, mode: 'sync' },
    });
  };
}

function syncWith(
  deps: ControllerDeps,
  keyCache: KeyCache,
  settings: SyncSettings,
  remote: Remote,
): Promise<SyncReport> {
  return syncOnce({
    remote,
    local: deps.local,
    state: storageState(deps.storage),
    crypto: deps.crypto,
    now: deps.now,
    remoteLabel: `${normalizeUrl(settings.url)}\n${settings.user}`,
    passphrase: settings.passphrase,
    newDeviceId: deps.newDeviceId,
    keyCache,
    iterations: deps.iterations,
    validate: validRecord,
    onProgress: progressWriter(deps),
  });
}

/** Reach the server with the credentials, and open (or set up) the sync folder with the passphrase. */
async function testConnection(
  deps: ControllerDeps,
  keyCache: KeyCache,
  remote: Remote,
  passphrase: string,
): Promise<void> {
  const saved = await storageState(deps.storage).load();
  const context = {
    remote,
    crypto: deps.crypto,
    now: deps.now,
    passphrase,
    keyCache,
    iterations: deps.iterations,
  };
  await openRemote(context, saved?.manifest ?? null);
}

/** What stops a run before it reaches the server, as the status to keep; null: go ahead. */
function refusal(
  settings: SyncSettings,
  before: SyncStatus,
  trigger: Trigger,
  base: Pick<SyncStatus, 'lastSyncAt' | 'mode'>,
): SyncStatus | 'unchanged' | null {
  // After 401/403 or a wrong passphrase, trying again on a timer could lock the account:
  // automatic sync waits until the reader changes the settings or syncs by hand.
  if (trigger === 'auto' && before.state === 'error' && STOPPING_CODES.has(before.code!)) {
    return 'unchanged';
  }
  if (!isConfigured(settings))
    return { ...base, state: 'error', code: 'not-configured', progress: null };
  if (urlSafety(settings.url) === 'public-http') {
    return { ...base, state: 'error', code: 'insecure', progress: null };
  }
  return null;
}

/** Runs of sync over `deps`, the passphrase's keys kept between runs. */
export function syncRunner(deps: ControllerDeps) {
  const keyCache: KeyCache = new Map();
  const clock = deps.clock ?? Date.now;
  const setStatus = async (status: SyncStatus) => {
    await deps.storage.set({ [STATUS_KEY]: status });
    return status;
  };
  return async (mode: 'sync' | 'test', trigger: Trigger): Promise<SyncStatus> => {
    const settings = await loadSettings(deps.storage);
    const before = await loadStatus(deps.storage);
    const base = { lastSyncAt: before.lastSyncAt, mode } as const;
    const refused = refusal(settings, before, trigger, base);
    if (refused === 'unchanged') return before;
    if (refused) return setStatus(refused);
    await setStatus({ ...base, state: 'syncing', code: null, progress: null });
    const budget = await startRunBudget(deps.storage, clock());
    const remote = deps.remoteFor(account(settings), budget);
    try {
      if (mode === 'test') await testConnection(deps, keyCache, remote, settings.passphrase);
      else await syncWith(deps, keyCache, settings, remote);
      const lastSyncAt = mode === 'sync' ? deps.now() : base.lastSyncAt;
      return await setStatus({ ...base, lastSyncAt, state: 'ok', code: null, progress: null });
    } catch (e) {
      const err = toSyncError(e);
      return await setStatus({ ...base, state: 'error', code: err.code, progress: null });
    } finally {
      await budget.save();
    }
  };
}
