import type { Budget } from './http';
import type { LocalStore } from './local';
import type { Remote } from './remote';
import type { KeyValueStorage } from './settings';
import type { Account } from './webdav-remote';

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
