import { STOPPING_CODES, SyncError } from './errors';
import { syncRunner } from './run';
import { isConfigured, loadSettings, loadStatus, STATUS_KEY, type SyncStatus } from './settings';

export const PERIODIC_ALARM = 'sync-periodic';
export const SOON_ALARM = 'sync-soon';
/** Automatic sync: every few minutes, and this long after the last local change. */
export const PERIOD_MINUTES = 5;
export const AFTER_CHANGE_MINUTES = 0.5;

export type { Alarms, ControllerDeps, Trigger } from './controller-deps';
import type { ControllerDeps, Trigger } from './controller-deps';

/**
 * Sync in the background: one run at a time, started by the reader (Sync now, Test connection),
 * by the periodic alarm, or shortly after a local change. The status is kept in `storage.local`
 * for the options page; it names an error by code only, never a credential.
 */
export function createSyncController(deps: ControllerDeps) {
  const run = serialRuns(syncRunner(deps));
  const schedule = syncSchedule(deps, run);
  return { run, ...schedule };
}

/**
 * One run at a time: while a run is in progress, one more runs after it (so a change made during
 * a run is sent too), and callers in between share that next run. Resolves with its status.
 */
function serialRuns(runOnce: (mode: 'sync' | 'test', trigger: Trigger) => Promise<SyncStatus>) {
  let running: Promise<SyncStatus> | null = null;
  let next: Promise<SyncStatus> | null = null;
  const run = (
    mode: 'sync' | 'test' = 'sync',
    trigger: Trigger = 'reader',
  ): Promise<SyncStatus> => {
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
        return run(mode, trigger);
      });
    return next;
  };
  return run;
}

/** When sync runs by itself: the periodic alarm, shortly after a change, the reader's settings. */
function syncSchedule(deps: ControllerDeps, run: ReturnType<typeof serialRuns>) {
  const setStatus = (status: SyncStatus) => deps.storage.set({ [STATUS_KEY]: status });
  /** Set the periodic alarm as the settings say (on start and when they change). */
  async function configure(): Promise<void> {
    const settings = await loadSettings(deps.storage);
    if (settings.auto && isConfigured(settings)) {
      deps.alarms.create(PERIODIC_ALARM, { delayInMinutes: 1, periodInMinutes: PERIOD_MINUTES });
      return;
    }
    await Promise.all([deps.alarms.clear(PERIODIC_ALARM), deps.alarms.clear(SOON_ALARM)]);
    if (!isConfigured(settings)) {
      const status = await loadStatus(deps.storage);
      await setStatus({ ...status, state: 'off', code: null, progress: null });
    }
  }
  return {
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
    configure,
    async onAlarm(name: string): Promise<void> {
      if (name === PERIODIC_ALARM || name === SOON_ALARM) await run('sync', 'auto');
    },
    /** The reader changed the settings: an error only they could fix no longer stops sync. */
    async settingsChanged(): Promise<void> {
      const status = await loadStatus(deps.storage);
      if (status.state === 'error' && STOPPING_CODES.has(status.code!)) {
        await setStatus({ ...status, state: 'off', code: null, progress: null });
      }
      await configure();
    },
  };
}

export type SyncController = ReturnType<typeof createSyncController>;

export { SyncError };
