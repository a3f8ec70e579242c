import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_TOOLBAR_SITES,
  readToolbarSites,
  withSite,
  writeToolbarSites,
  type SettingStore,
  type ToolbarMode,
  type ToolbarSites,
} from './toolbar-sites';

/**
 * The reader's toolbar choice as a view edits it: read once, written at each change (the
 * background reads it at the reader's next selection).
 */
export function useToolbarSites(store: SettingStore) {
  const [setting, setSetting] = useState<ToolbarSites | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    readToolbarSites(store)
      .then((s) => live && setSetting(s))
      .catch(() => live && setSetting(DEFAULT_TOOLBAR_SITES));
    return () => {
      live = false;
    };
  }, [store]);
  const save = (next: ToolbarSites) => {
    setSetting(next);
    writeToolbarSites(store, next).then(
      () => setFailed(false),
      () => setFailed(true),
    );
  };
  return {
    setting,
    failed,
    setMode: (mode: ToolbarMode) => setting && save({ ...setting, mode }),
    setSite: (site: string, on: boolean | null) => setting && save(withSite(setting, site, on)),
  };
}
