import { SyncSettings } from '../../components/options/SyncSettings';
import { SyncStatusLine } from '../../components/options/SyncStatusLine';
import { t } from '../../utils/i18n';
import { statusText } from '../../utils/options/sync-text';
import { useSyncOptions, type SyncOptionsDeps } from '../../utils/options/use-sync-options';
import { STOPPING_CODES } from '../../utils/sync/errors';

export function App({
  deps,
  formatTime,
}: {
  deps: SyncOptionsDeps;
  formatTime: (iso: string) => string;
}) {
  const s = useSyncOptions(deps);
  return (
    <main class="options">
      <h1>{t('syncTitle')}</h1>
      <p class="intro">{t('syncIntro')}</p>
      <SyncStatusLine
        state={s.status.state}
        text={statusText(s.status, s.configured, t)}
        lastSync={s.status.lastSyncAt ? formatTime(s.status.lastSyncAt) : null}
        notice={s.notice ? t(s.notice) : null}
        paused={s.status.state === 'error' && STOPPING_CODES.has(s.status.code!)}
      />
      <SyncSettings
        form={s.form}
        busy={s.busy}
        onField={s.setField}
        onPreset={s.applyPreset}
        onSave={() => void s.save()}
        onTest={() => void s.test()}
        onSyncNow={() => void s.syncNow()}
      />
    </main>
  );
}
