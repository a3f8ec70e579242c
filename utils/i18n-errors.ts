import { DbError, type DbErrorCode, type DbErrorReason } from './db/errors';
import { t, type MessageKey, type Translate } from './i18n';
import { MessageError } from './messages/client';
import type { ImportFailureCode } from './transfer/import-protocol';

/*
 * The words for what went wrong. The database, the messaging layer, anchoring and import say what
 * happened as codes; only the page that shows it turns a code into words, in the reader's
 * language. Whatever else is thrown (the browser's own errors, in the browser's language) is
 * shown as one plain sentence and logged to the console as it was.
 */

const DB_KEYS: Record<DbErrorCode, MessageKey> = {
  quota: 'errDbQuota',
  blocked: 'errDbBlocked',
  'not-found': 'errDbNotFound',
  invalid: 'errDbInvalid',
  unknown: 'errDbUnknown',
};

const REASON_KEYS: Record<DbErrorReason, MessageKey> = {
  closed: 'errDbClosed',
  'newer-version': 'errDbNewerVersion',
  'no-storage': 'errDbNoStorage',
  'link-gone': 'errDbLinkGone',
};

const FAILURE_KEYS: Record<Exclude<ImportFailureCode, DbErrorCode>, MessageKey> = {
  worker: 'importFailWorker',
  read: 'importFailRead',
};

/**
 * Reply codes that are message keys of their own: a selection that cannot be highlighted, a page
 * that cannot be saved (background/save-tab.ts).
 */
const KEYED_CODES = new Set<string>([
  'errSelectionEmpty',
  'errSelectionTooLong',
  'errPageNotSavable',
]);

const isDbCode = (code: unknown): code is DbErrorCode =>
  typeof code === 'string' && Object.hasOwn(DB_KEYS, code);

/** An error whose message is already in the reader's words (made with `t`). */
export class ReaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReaderError';
  }
}

/** An error that carries a code with words of its own (a selection that cannot be kept…). */
export interface CodedError {
  readonly messageKey: MessageKey;
}

const hasMessageKey = (e: unknown): e is CodedError =>
  typeof e === 'object' && e !== null && typeof (e as CodedError).messageKey === 'string';

/** The words for a storage error code (and its finer reason, when there is one). */
export function dbErrorText(code: DbErrorCode, reason?: DbErrorReason, tr: Translate = t): string {
  return tr(reason ? REASON_KEYS[reason] : DB_KEYS[code]);
}

/** The words for how an import failed (storage, the worker, or reading the file). */
export function failureText(code: ImportFailureCode, tr: Translate = t): string {
  if (isDbCode(code)) return dbErrorText(code, undefined, tr);
  return tr(FAILURE_KEYS[code as keyof typeof FAILURE_KEYS]);
}

/** The words to show the reader for anything thrown, in the reader's language. */
export function errorText(e: unknown, tr: Translate = t): string {
  if (e instanceof ReaderError) return e.message;
  if (e instanceof DbError) return dbErrorText(e.code, e.reason, tr);
  if (hasMessageKey(e)) return tr(e.messageKey);
  if (e instanceof MessageError && isDbCode(e.code)) return dbErrorText(e.code, undefined, tr);
  if (e instanceof MessageError && KEYED_CODES.has(e.code ?? '')) return tr(e.code as MessageKey);
  if (typeof e === 'string' && e) return e;
  console.warn('[AI News Annotator]', e);
  return tr('errUnexpected');
}
