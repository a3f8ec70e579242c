/** Why a sync stopped; each has a message for the reader in every language. */
export type SyncErrorCode =
  | 'offline' // the server could not be reached (down, no network, connection dropped, timeout)
  | 'auth' // 401: wrong user or password
  | 'forbidden' // 403
  | 'not-found' // 404/409 on the sync folder's parent: wrong URL
  | 'full' // 507: no space left on the server
  | 'busy' // 412 / 423 again and again: another device or program held the file
  | 'throttled' // 429, 503, or 坚果云's 401 BlockedTemporarily: the server asks to wait
  | 'budget' // this device's request budget is spent: sync goes on later by itself
  | 'insecure' // http:// to a host on the internet
  | 'too-large' // the server sent more than sync ever reads
  | 'server' // any other HTTP error
  | 'damaged' // a file on the server is not what this extension wrote (truncated, garbage)
  | 'newer-format' // written by a newer version of the extension
  | 'passphrase-needed' // the remote is encrypted and no passphrase is set
  | 'passphrase-wrong'
  | 'not-encrypted' // a passphrase is set but the remote holds plain data
  | 'not-configured'
  | 'local'; // the local database failed

/** Errors only the reader can fix: automatic sync stops until they act. */
export const STOPPING_CODES: ReadonlySet<SyncErrorCode> = new Set([
  'auth',
  'forbidden',
  'passphrase-wrong',
  'passphrase-needed',
  'not-encrypted',
  'insecure',
]);

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

const STATUS_CODES: Record<number, SyncErrorCode> = {
  401: 'auth',
  403: 'forbidden',
  404: 'not-found',
  409: 'not-found',
  412: 'busy',
  423: 'busy',
  429: 'throttled',
  503: 'throttled',
  507: 'full',
};

/** The SyncError an HTTP status stands for. */
export function errorForStatus(status: number, what: string): SyncError {
  return new SyncError(STATUS_CODES[status] ?? 'server', `${what}: HTTP ${status}`);
}

export function toSyncError(e: unknown): SyncError {
  if (e instanceof SyncError) return e;
  return new SyncError('local', e instanceof Error ? e.message : String(e), { cause: e });
}
