import { SyncError } from './errors';
import type { Budget } from './http';
import { BUDGET_WINDOW_MS, RUN_REQUEST_BUDGET, WINDOW_REQUEST_BUDGET } from './limits';
import type { KeyValueStorage } from './settings';

/** Requests this device made in the current 30-minute window, kept in `storage.local`. */
export const BUDGET_KEY = 'sync.budget';

interface Window {
  start: number;
  used: number;
}

export interface RunBudget extends Budget {
  /** Requests made in this run. */
  readonly used: number;
  /** Save the window's count (after the run, whatever its outcome). */
  save(): Promise<void>;
}

/**
 * The request budget of one run: at most `perRun` requests, and at most `perWindow` in any
 * 30-minute window (counted from the window's first request). Past either, a request throws
 * SyncError('budget'); the sync resumes at a later run.
 */
export async function startRunBudget(
  storage: KeyValueStorage,
  nowMs: number,
  limits = { perRun: RUN_REQUEST_BUDGET, perWindow: WINDOW_REQUEST_BUDGET },
): Promise<RunBudget> {
  const raw = (await storage.get(BUDGET_KEY))[BUDGET_KEY] as Partial<Window> | undefined;
  let win: Window =
    typeof raw?.start === 'number' && typeof raw.used === 'number'
      ? { start: raw.start, used: raw.used }
      : { start: nowMs, used: 0 };
  if (nowMs - win.start >= BUDGET_WINDOW_MS || nowMs < win.start) win = { start: nowMs, used: 0 };
  let used = 0;
  return {
    get used() {
      return used;
    },
    take(what) {
      if (used >= limits.perRun || win.used >= limits.perWindow) {
        throw new SyncError('budget', `${what}: the request budget is spent for now`);
      }
      used++;
      win.used++;
    },
    save: () => storage.set({ [BUDGET_KEY]: win }),
  };
}
