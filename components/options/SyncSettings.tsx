import { t } from '../../utils/i18n';
import type { PresetName } from '../../utils/options/presets';
import type { Field } from '../../utils/options/use-sync-options';
import { urlSafety, type SyncSettings as Settings } from '../../utils/sync/settings';

interface Props {
  form: Settings;
  busy: boolean;
  onField: <F extends Field>(field: F, value: Settings[F]) => void;
  onPreset: (name: PresetName) => void;
  onSave: () => void;
  onTest: () => void;
  onSyncNow: () => void;
}

function TextField(props: {
  id: Field;
  testid: string;
  label: string;
  value: string;
  secret?: boolean;
  autocomplete?: string;
  onInput: (value: string) => void;
}) {
  const common = {
    id: `sync-${props.id}`,
    'data-testid': props.testid,
    value: props.value,
    autocomplete: props.autocomplete ?? 'off',
    spellcheck: false,
    onInput: (e: { currentTarget: HTMLInputElement }) => props.onInput(e.currentTarget.value),
  };
  return (
    <label class="field" for={`sync-${props.id}`}>
      <span class="field-label">{props.label}</span>
      {props.secret ? <input type="password" {...common} /> : <input type="text" {...common} />}
    </label>
  );
}

/**
 * What the address's scheme means for the reader: http:// on the local network is allowed with a
 * warning that recommends a passphrase; http:// across the internet is refused.
 */
function UrlWarning({ url }: { url: string }) {
  const safety = urlSafety(url);
  if (safety !== 'local-http' && safety !== 'public-http') return null;
  const local = safety === 'local-http';
  return (
    <p
      class={local ? 'notice url-warning' : 'notice url-warning status-error'}
      data-testid="sync-url-warning"
      data-level={local ? 'warn' : 'error'}
      role="alert"
    >
      {'⚠ '}
      {t(local ? 'syncWarnLocalHttp' : 'syncWarnPublicHttp')}
    </p>
  );
}

/** One-click addresses of common WebDAV services, with a hint for each. */
function Presets({ onPreset }: Pick<Props, 'onPreset'>) {
  return (
    <>
      <p class="presets">
        <span>{t('syncPresets')}</span>
        <button
          type="button"
          data-testid="sync-preset-jianguoyun"
          onClick={() => onPreset('jianguoyun')}
        >
          {t('syncPresetJianguoyun')}
        </button>
        <button
          type="button"
          data-testid="sync-preset-nextcloud"
          onClick={() => onPreset('nextcloud')}
        >
          {t('syncPresetNextcloud')}
        </button>
      </p>
      <ul class="hints">
        <li>{t('syncHintJianguoyun')}</li>
        <li>{t('syncHintNextcloud')}</li>
      </ul>
    </>
  );
}

/** The server's address, the account and the passphrase. */
function AccountFields({ form, onField }: Pick<Props, 'form' | 'onField'>) {
  return (
    <>
      <TextField
        id="url"
        testid="sync-url"
        label={t('syncUrl')}
        value={form.url}
        onInput={(v) => onField('url', v)}
      />
      <UrlWarning url={form.url} />
      <TextField
        id="user"
        testid="sync-user"
        label={t('syncUser')}
        value={form.user}
        autocomplete="username"
        onInput={(v) => onField('user', v)}
      />
      <TextField
        id="password"
        testid="sync-password"
        secret
        label={t('syncPassword')}
        value={form.password}
        autocomplete="current-password"
        onInput={(v) => onField('password', v)}
      />
      <TextField
        id="passphrase"
        testid="sync-passphrase"
        secret
        label={t('syncPassphrase')}
        value={form.passphrase}
        autocomplete="new-password"
        onInput={(v) => onField('passphrase', v)}
      />
      <p class="hint">{t('syncPassphraseHint')}</p>
    </>
  );
}

/** Save, Test connection and Sync now (all held while one runs). */
function Actions({ busy, onTest, onSyncNow }: Pick<Props, 'busy' | 'onTest' | 'onSyncNow'>) {
  return (
    <div class="actions">
      <button type="submit" data-testid="sync-save" disabled={busy}>
        {t('syncSave')}
      </button>
      <button type="button" data-testid="sync-test" disabled={busy} onClick={onTest}>
        {t('syncTest')}
      </button>
      <button type="button" data-testid="sync-now" disabled={busy} onClick={onSyncNow}>
        {t('syncNow')}
      </button>
    </div>
  );
}

/** The sync settings form: server, account, passphrase, automatic sync and the actions. */
export function SyncSettings({ form, busy, onField, onPreset, onSave, onTest, onSyncNow }: Props) {
  return (
    <form
      class="sync-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <Presets onPreset={onPreset} />
      <AccountFields form={form} onField={onField} />
      <label class="check">
        <input
          type="checkbox"
          data-testid="sync-auto"
          checked={form.auto}
          onChange={(e) => onField('auto', e.currentTarget.checked)}
        />
        <span>{t('syncAuto')}</span>
      </label>
      <Actions busy={busy} onTest={onTest} onSyncNow={onSyncNow} />
    </form>
  );
}
