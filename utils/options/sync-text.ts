import type { MessageKey } from '../i18n';
import type { SyncErrorCode } from '../sync/errors';
import type { SyncStatus } from '../sync/settings';

const ERROR_KEYS: Record<SyncErrorCode, MessageKey> = {
  offline: 'syncErrOffline',
  auth: 'syncErrAuth',
  forbidden: 'syncErrForbidden',
  'not-found': 'syncErrNotFound',
  full: 'syncErrFull',
  busy: 'syncErrBusy',
  throttled: 'syncErrThrottled',
  budget: 'syncErrBudget',
  insecure: 'syncErrInsecure',
  'too-large': 'syncErrTooLarge',
  server: 'syncErrServer',
  damaged: 'syncErrDamaged',
  'newer-format': 'syncErrNewerFormat',
  'passphrase-needed': 'syncErrPassphraseNeeded',
  'passphrase-wrong': 'syncErrPassphraseWrong',
  'not-encrypted': 'syncErrNotEncrypted',
  'not-configured': 'syncErrNotConfigured',
  local: 'syncErrLocal',
};

type Translate = (key: MessageKey, subs?: string | number | (string | number)[]) => string;

/** The plain sentence the options page shows for a sync status. */
export function statusText(status: SyncStatus, configured: boolean, t: Translate): string {
  switch (status.state) {
    case 'off':
      return t(configured ? 'syncStateReady' : 'syncStateOff');
    case 'syncing': {
      const p = status.progress;
      if (!p || p.total === 0) return t('syncStateSyncing');
      return t(p.phase === 'upload' ? 'syncProgressUp' : 'syncProgressDown', [p.done, p.total]);
    }
    case 'ok':
      return t(status.mode === 'test' ? 'syncStateTested' : 'syncStateOk');
    case 'error':
      return t(ERROR_KEYS[status.code ?? 'server']);
  }
}
