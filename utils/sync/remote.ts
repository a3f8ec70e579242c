import { SyncError } from './errors';

/** One entry of a folder listing (PROPFIND Depth 1). */
export interface Entry {
  name: string;
  dir: boolean;
  /** Bytes, when the server says. */
  size: number | null;
  etag: string | null;
  modified: string | null;
}

/**
 * The few WebDAV operations sync needs, on paths relative to the sync folder: plain PUT, GET,
 * PROPFIND Depth 1, MKCOL and DELETE, nothing conditional relied upon. Failures throw SyncError
 * (`errorForStatus` for HTTP errors, `offline` when the server cannot be reached).
 */
export interface Remote {
  /** The file's bytes, or null when there is no such file (404, or 409: a folder above is missing). */
  read(path: string, maxBytes?: number): Promise<Uint8Array | null>;
  /**
   * Write a file. With `create`, asks the server not to replace an existing one
   * (`If-None-Match: *`); many servers ignore that, so nothing may depend on it.
   */
  write(
    path: string,
    data: Uint8Array,
    options?: { create?: boolean },
  ): Promise<'written' | 'exists'>;
  /** The entries of a folder, or null when there is no such folder (404 / 409). */
  list(path: string): Promise<Entry[] | null>;
  /** Create a folder: `exists` when it was there already (405, or 409 from 坚果云). */
  makeDir(path: string): Promise<'created' | 'exists'>;
  /** Delete a file; one already gone is fine. */
  remove(path: string): Promise<void>;
}

export const offline = (what: string, cause?: unknown) =>
  new SyncError('offline', `${what}: the server could not be reached`, { cause });
