/** Why a sync stopped; each has a message for the reader in every language. */
export type SyncErrorCode =
  | 'offline' // the server could not be reached (down, no network, connection dropped)
  | 'auth' // 401: wrong user or password
  | 'forbidden' // 403
  | 'not-found' // 404/409 on the sync folder's parent: wrong URL
  | 'full' // 507: no space left on the server
  | 'busy' // 412 again and again: another device kept writing the same file
  | 'server' // any other HTTP error
  | 'damaged' // a file on the server is not what this extension wrote (truncated, garbage)
  | 'newer-format' // written by a newer version of the extension
  | 'passphrase-needed' // the remote is encrypted and no passphrase is set
  | 'passphrase-wrong'
  | 'not-encrypted' // a passphrase is set but the remote holds plain data
  | 'not-configured'
  | 'local'; // the local database failed

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? code, options);
    this.name = 'SyncError';
  }
}

/** The SyncError an HTTP status stands for. */
export function errorForStatus(status: number, what: string): SyncError {
  const code: SyncErrorCode =
    status === 401
      ? 'auth'
      : status === 403
        ? 'forbidden'
        : status === 404 || status === 409
          ? 'not-found'
          : status === 507
            ? 'full'
            : status === 412
              ? 'busy'
              : 'server';
  return new SyncError(code, `${what}: HTTP ${status}`);
}

export function toSyncError(e: unknown): SyncError {
  if (e instanceof SyncError) return e;
  return new SyncError('local', e instanceof Error ? e.message : String(e), { cause: e });
}
