import { SyncSettings } from '../../components/options/SyncSettings';
import { SyncStatusLine } from '../../components/options/SyncStatusLine';
import { ToolbarSites } from '../../components/options/ToolbarSites';
import { useToolbarSites } from '../../utils/options/use-toolbar-sites';
import { t } from '../../utils/i18n';
import { statusText } from '../../utils/options/sync-text';
import { useSyncOptions, type SyncOptionsDeps } from '../../utils/options/use-sync-options';
import type { SettingStore } from '../../utils/options/toolbar-sites';
import { STOPPING_CODES } from '../../utils/sync/errors';

export function App({
  deps,
  formatTime,
}: {
  deps: SyncOptionsDeps & { settings: SettingStore };
  formatTime: (iso: string) => string;
}) {
  const s = useSyncOptions(deps);
  const toolbar = useToolbarSites(deps.settings);
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
      <ToolbarSites
        setting={toolbar.setting}
        failed={toolbar.failed}
        onMode={toolbar.setMode}
        onForget={(site) => toolbar.setSite(site, null)}
      />
    </main>
  );
}
