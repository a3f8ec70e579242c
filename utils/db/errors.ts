/** What went wrong, in terms the popup can act on. */
export type DbErrorCode = 'quota' | 'blocked' | 'not-found' | 'invalid' | 'unknown';

/**
 * A finer reason than the code, where the reader can do something different about it. The
 * database says what happened as codes; the page that shows it chooses the words, in the
 * reader's language (`utils/i18n-errors.ts`). The message is for the console, in English.
 */
export type DbErrorReason = 'closed' | 'newer-version' | 'no-storage' | 'link-gone';

/** Messages for the console and logs; the reader sees the words of `utils/i18n-errors.ts`. */
const MESSAGES: Record<DbErrorCode, string> = {
  quota:
    'Storage is full: the browser refused to save. Free some space or export and delete old articles.',
  blocked:
    'Your saved data is held by another open copy of the extension. Close other tabs or windows of the extension, then try again.',
  'not-found': 'That item is no longer saved.',
  invalid: 'The data could not be saved because part of it is malformed. Nothing was changed.',
  unknown:
    'Something went wrong while reading or saving your data. Try again; if it keeps happening, export your data and restart the browser.',
};

/** An error from the local database, with a code (and maybe a reason) for the page to word. */
export class DbError extends Error {
  readonly code: DbErrorCode;
  readonly reason: DbErrorReason | undefined;

  constructor(
    code: DbErrorCode,
    message: string = MESSAGES[code],
    options?: { cause?: unknown; reason?: DbErrorReason },
  ) {
    super(message, options);
    this.name = 'DbError';
    this.code = code;
    this.reason = options?.reason;
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const INVALID_NAMES = new Set(['DataError', 'DataCloneError', 'ConstraintError']);
/** DOMException's legacy numeric code for QuotaExceededError. */
const QUOTA_LEGACY_CODE = 22;

function errorName(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const name = (e as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

function isQuota(e: unknown, depth = 0): boolean {
  if (typeof e !== 'object' || e === null || depth > 5) return false;
  const name = errorName(e);
  if (name && QUOTA_NAMES.has(name)) return true;
  if (e instanceof DOMException && e.code === QUOTA_LEGACY_CODE) return true;
  // An aborted transaction reports AbortError; the quota error may be its cause.
  return isQuota((e as { cause?: unknown }).cause, depth + 1);
}

/** Turn anything IndexedDB (or idb) throws into a DbError; DbErrors pass through unchanged. */
export function toDbError(e: unknown): DbError {
  if (e instanceof DbError) return e;
  if (isQuota(e)) return new DbError('quota', undefined, { cause: e });
  const name = errorName(e);
  if (name && INVALID_NAMES.has(name)) return new DbError('invalid', undefined, { cause: e });
  if (name === 'InvalidStateError') {
    return new DbError(
      'blocked',
      'The database was closed so the extension could update it. Try again.',
      { cause: e, reason: 'closed' },
    );
  }
  if (name === 'VersionError') {
    return new DbError(
      'unknown',
      'Your saved data was written by a newer version of the extension. Update the extension to open it.',
      { cause: e, reason: 'newer-version' },
    );
  }
  return new DbError('unknown', undefined, { cause: e });
}
