import { SyncError } from './errors';

/**
 * The few WebDAV operations sync needs, on paths relative to the sync folder. Failures throw
 * SyncError (`errorForStatus` for HTTP errors, `offline` when the server cannot be reached).
 */
export interface Remote {
  /** The file's bytes, or null when there is no such file. */
  read(path: string): Promise<Uint8Array | null>;
  /**
   * Write a file. With `create`, only if it does not exist yet (`If-None-Match: *`): the server
   * decides which of two writers wins, and the loser hears `exists`.
   */
  write(
    path: string,
    data: Uint8Array,
    options?: { create?: boolean },
  ): Promise<'written' | 'exists'>;
  /** Names of the entries of a folder, or null when there is no such folder. */
  list(path: string): Promise<string[] | null>;
  /** Create a folder; nothing happens if it exists. */
  makeDir(path: string): Promise<void>;
}

export const offline = (what: string, cause?: unknown) =>
  new SyncError('offline', `${what}: the server could not be reached`, { cause });
