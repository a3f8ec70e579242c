import type { Plan } from './book';
import { syncOnce, type SyncProgress, type SyncReport } from './engine';
import { STOPPING_CODES, SyncError, toSyncError } from './errors';
import { startRunBudget } from './budget';
import type { Budget } from './http';
import type { KeyCache } from './manifest';
import type { LocalStore } from './local';
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
  type KeyValueStorage,
  type SyncSettings,
  type SyncStatus,
} from './settings';
import { openRemote } from './engine';
import type { Account } from './webdav-remote';

export const PERIODIC_ALARM = 'sync-periodic';
export const SOON_ALARM = 'sync-soon';
/** Automatic sync: every few minutes, and this long after the last local change. */
export const PERIOD_MINUTES = 5;
export const AFTER_CHANGE_MINUTES = 0.5;

export interface Alarms {
  create(name: string, info: { delayInMinutes: number; periodInMinutes?: number }): void;
  clear(name: string): Promise<unknown>;
}

export interface ControllerDeps {
  storage: KeyValueStorage;
  crypto: Crypto;
  now: () => string;
  alarms: Alarms;
  local: LocalStore;
  /** The reader's server, every request counted against `budget`. */
  remoteFor: (account: Account, budget: Budget) => Remote;
  newDeviceId: () => string;
  /** Milliseconds since the epoch (the request budget's window). */
  clock?: () => number;
  /** PBKDF2 iterations for a new encrypted remote (tests use fewer). */
  iterations?: number;
}

/** Who started a run: automatic runs stop after an error only the reader can fix. */
export type Trigger = 'auto' | 'reader';

/**
 * Sync in the background: one run at a time, started by the reader (Sync now, Test connection),
 * by the periodic alarm, or shortly after a local change. The status is kept in `storage.local`
 * for the options page; it names an error by code only, never a credential.
 */
export function createSyncController(deps: ControllerDeps) {
  const keyCache: KeyCache = new Map();
  const clock = deps.clock ?? Date.now;
  let running: Promise<SyncStatus> | null = null;
  let next: Promise<SyncStatus> | null = null;

  const setStatus = async (status: SyncStatus) => {
    await deps.storage.set({ [STATUS_KEY]: status });
    return status;
  };

  const local: LocalStore = {
    readAll: () => deps.local.readAll(),
    readMetas: () => deps.local.readMetas(),
    putMetas: (metas) => deps.local.putMetas(metas),
    clearMetas: () => deps.local.clearMetas(),
    apply: (plans: readonly Plan[]) => deps.local.apply(plans),
  };

  async function runOnce(mode: 'sync' | 'test', trigger: Trigger): Promise<SyncStatus> {
    const settings = await loadSettings(deps.storage);
    const before = await loadStatus(deps.storage);
    // After 401/403 or a wrong passphrase, trying again on a timer could lock the account:
    // automatic sync waits until the reader changes the settings or syncs by hand.
    if (trigger === 'auto' && before.state === 'error' && STOPPING_CODES.has(before.code!)) {
      return before;
    }
    const base = { lastSyncAt: before.lastSyncAt, mode } as const;
    if (!isConfigured(settings)) {
      return setStatus({ ...base, state: 'error', code: 'not-configured', progress: null });
    }
    if (urlSafety(settings.url) === 'public-http') {
      return setStatus({ ...base, state: 'error', code: 'insecure', progress: null });
    }
    await setStatus({ ...base, state: 'syncing', code: null, progress: null });
    const budget = await startRunBudget(deps.storage, clock());
    const remote = deps.remoteFor(account(settings), budget);
    try {
      if (mode === 'test') await testConnection(remote, settings.passphrase);
      else await syncWith(settings, remote);
      const lastSyncAt = mode === 'sync' ? deps.now() : base.lastSyncAt;
      return await setStatus({ ...base, lastSyncAt, state: 'ok', code: null, progress: null });
    } catch (e) {
      const err = toSyncError(e);
      return await setStatus({ ...base, state: 'error', code: err.code, progress: null });
    } finally {
      await budget.save();
    }
  }

  async function syncWith(settings: SyncSettings, remote: Remote): Promise<SyncReport> {
    let lastWrite = 0;
    const onProgress = (progress: SyncProgress) => {
      // At most a few status writes a second, and always the last one.
      const t = Date.now();
      if (t - lastWrite < 250 && progress.done !== progress.total) return;
      lastWrite = t;
      void deps.storage.set({
        [STATUS_KEY]: { state: 'syncing', code: null, lastSyncAt: null, progress, mode: 'sync' },
      });
    };
    return syncOnce({
      remote,
      local,
      state: storageState(deps.storage),
      crypto: deps.crypto,
      now: deps.now,
      remoteLabel: `${normalizeUrl(settings.url)}\n${settings.user}`,
      passphrase: settings.passphrase,
      newDeviceId: deps.newDeviceId,
      keyCache,
      iterations: deps.iterations,
      validate: validRecord,
      onProgress,
    });
  }

  /** Reach the server with the credentials, and open (or set up) the sync folder with the passphrase. */
  async function testConnection(remote: Remote, passphrase: string): Promise<void> {
    const saved = await storageState(deps.storage).load();
    await openRemote(
      {
        remote,
        crypto: deps.crypto,
        now: deps.now,
        passphrase,
        keyCache,
        iterations: deps.iterations,
      },
      saved?.manifest ?? null,
    );
  }

  return {
    /**
     * Run now; while a run is in progress, one more runs after it (so a change made during a run
     * is sent too), and callers in between share that next run. Resolves with its status.
     */
    run(mode: 'sync' | 'test' = 'sync', trigger: Trigger = 'reader'): Promise<SyncStatus> {
      if (!running) {
        running = runOnce(mode, trigger).finally(() => {
          running = null;
        });
        return running;
      }
      next ??= running
        .catch(() => undefined)
        .then(() => {
          next = null;
          return this.run(mode, trigger);
        });
      return next;
    },
    /**
     * A change was committed: sync shortly (if automatic sync is on), unless sync wrote it
     * itself (versions from other devices need not go back out).
     */
    async noteChange(change: { source?: 'sync' }): Promise<void> {
      if (change.source === 'sync') return;
      const settings = await loadSettings(deps.storage);
      if (settings.auto && isConfigured(settings)) {
        deps.alarms.create(SOON_ALARM, { delayInMinutes: AFTER_CHANGE_MINUTES });
      }
    },
    /** Set the periodic alarm as the settings say (on start and when they change). */
    async configure(): Promise<void> {
      const settings = await loadSettings(deps.storage);
      if (settings.auto && isConfigured(settings)) {
        deps.alarms.create(PERIODIC_ALARM, { delayInMinutes: 1, periodInMinutes: PERIOD_MINUTES });
      } else {
        await Promise.all([deps.alarms.clear(PERIODIC_ALARM), deps.alarms.clear(SOON_ALARM)]);
        if (!isConfigured(settings))
          await setStatus({
            ...(await loadStatus(deps.storage)),
            state: 'off',
            code: null,
            progress: null,
          });
      }
    },
    async onAlarm(name: string): Promise<void> {
      if (name === PERIODIC_ALARM || name === SOON_ALARM) await this.run('sync', 'auto');
    },
    /** The reader changed the settings: an error only they could fix no longer stops sync. */
    async settingsChanged(): Promise<void> {
      const status = await loadStatus(deps.storage);
      if (status.state === 'error' && STOPPING_CODES.has(status.code!)) {
        await setStatus({ ...status, state: 'off', code: null, progress: null });
      }
      await this.configure();
    },
  };
}

export type SyncController = ReturnType<typeof createSyncController>;

function account(settings: SyncSettings): Account {
  return { url: normalizeUrl(settings.url)!, user: settings.user, password: settings.password };
}

export { SyncError };
