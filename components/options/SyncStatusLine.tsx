import { t } from '../../utils/i18n';
import type { SyncStateName } from '../../utils/sync/settings';

interface Props {
  state: SyncStateName;
  text: string;
  /** When the last sync completed, already formatted; null when never. */
  lastSync: string | null;
  notice: string | null;
  /** Automatic sync waits for the reader (after 401/403 or a wrong passphrase). */
  paused?: boolean;
}

/** What sync is doing or why it stopped, in plain words, and when it last completed. */
export function SyncStatusLine({ state, text, lastSync, notice, paused = false }: Props) {
  return (
    <div class="sync-status">
      <p
        data-testid="sync-status"
        data-state={state}
        role="status"
        class={`status status-${state}`}
      >
        {text}
      </p>
      {paused ? (
        <p class="notice" data-testid="sync-paused">
          {t('syncPausedNote')}
        </p>
      ) : null}
      <p class="last-sync" data-testid="sync-last">
        {lastSync ? t('syncLast', lastSync) : t('syncNever')}
      </p>
      {notice ? (
        <p class="notice" data-testid="sync-notice">
          {notice}
        </p>
      ) : null}
    </div>
  );
}
