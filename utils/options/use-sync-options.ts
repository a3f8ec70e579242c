import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import {
  EMPTY_SETTINGS,
  isConfigured,
  loadSettings,
  loadStatus,
  normalizeUrl,
  OFF_STATUS,
  saveSettings,
  SETTINGS_KEY,
  STATUS_KEY,
  type KeyValueStorage,
  type SyncSettings,
  type SyncStatus,
} from '../sync/settings';
import { presetUrl, type PresetName } from './presets';

export interface SyncOptionsDeps {
  /** `storage.local` (settings are written here, read by the background). */
  storage: KeyValueStorage;
  /** Calls `listener` with the keys of `storage.local` that changed; returns the unsubscribe. */
  onStorageChange(listener: (keys: string[]) => void): () => void;
  /** Ask the background to sync, or to test the connection. */
  run(mode: 'sync' | 'test'): Promise<SyncStatus>;
}

export type Field = keyof SyncSettings;

/**
 * The settings as stored and as the form edits them, and sync's status: read once, then followed
 * as the background (or another options page) changes them.
 */
function useStoredSync(deps: SyncOptionsDeps) {
  const [form, setForm] = useState<SyncSettings>(EMPTY_SETTINGS);
  const [saved, setSaved] = useState<SyncSettings>(EMPTY_SETTINGS);
  const [status, setStatus] = useState<SyncStatus>(OFF_STATUS);
  useEffect(() => {
    void loadSettings(deps.storage).then((s) => {
      setForm(s);
      setSaved(s);
    });
    void loadStatus(deps.storage).then(setStatus);
    return deps.onStorageChange((keys) => {
      if (keys.includes(STATUS_KEY)) void loadStatus(deps.storage).then(setStatus);
      if (keys.includes(SETTINGS_KEY)) void loadSettings(deps.storage).then(setSaved);
    });
  }, [deps]);
  return { form, setForm, saved, setSaved, status, setStatus };
}

/** Typing in a field (which clears the notice), and a provider's preset address. */
function useFormEdits(
  setForm: (change: (f: SyncSettings) => SyncSettings) => void,
  setNotice: (notice: MessageKey | null) => void,
) {
  const setField = useCallback(<F extends Field>(field: F, value: SyncSettings[F]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setNotice(null);
  }, []);
  const applyPreset = useCallback((name: PresetName) => {
    setForm((f) => ({ ...f, url: presetUrl(name, f.user, f.url) }));
  }, []);
  return { setField, applyPreset };
}

/** The sync settings form: its values, the saved settings' status, and its actions. */
export function useSyncOptions(deps: SyncOptionsDeps) {
  const { form, setForm, saved, setSaved, status, setStatus } = useStoredSync(deps);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const { setField, applyPreset } = useFormEdits(setForm, setNotice);

  /** Save the form; false (with a notice) when the address is not usable. */
  const save = useCallback(async (): Promise<boolean> => {
    const url = form.url.trim() ? normalizeUrl(form.url) : '';
    if (url === null) {
      setNotice('syncInvalidUrl');
      return false;
    }
    const next = { ...form, url, user: form.user.trim() };
    await saveSettings(deps.storage, next);
    setForm(next);
    setSaved(next);
    setNotice('syncSaved');
    return true;
  }, [deps, form]);

  const run = useCallback(
    async (mode: 'sync' | 'test') => {
      // Busy from the click on: the settings are saved first, and a second click meanwhile
      // would only queue another run.
      setBusy(true);
      try {
        if (!(await save())) return;
        setNotice(null);
        setStatus((s) => ({ ...s, state: 'syncing', progress: null }));
        setStatus(await deps.run(mode));
      } catch {
        setStatus((s) => ({ ...s, state: 'error', code: 'local', progress: null }));
      } finally {
        setBusy(false);
      }
    },
    [deps, save],
  );

  return {
    form,
    status,
    notice,
    busy,
    configured: isConfigured(saved),
    setField,
    applyPreset,
    save,
    test: () => run('test'),
    syncNow: () => run('sync'),
  };
}
