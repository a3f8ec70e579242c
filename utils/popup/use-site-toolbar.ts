import { useEffect, useState } from 'preact/hooks';
import {
  readToolbarSites,
  siteOf,
  toolbarWanted,
  withSite,
  writeToolbarSites,
  type SettingStore,
  type ToolbarSites,
} from '../options/toolbar-sites';

/**
 * The popup's switch of the in-page toolbar for the site of the page it acts on: what holds there
 * now (the site's own switch, else the general choice), and the reader's change of it.
 */
export function useSiteToolbar(
  store: SettingStore | undefined,
  key: string | null,
  isArticleOrSaved: boolean,
) {
  const [setting, setSetting] = useState<ToolbarSites | null>(null);
  useEffect(() => {
    let live = true;
    if (store) void readToolbarSites(store).then((s) => live && setSetting(s));
    return () => {
      live = false;
    };
  }, [store]);
  const site = siteOf(key);
  const on = setting && key ? toolbarWanted(setting, key, isArticleOrSaved) : null;
  return {
    site,
    on,
    set(next: boolean) {
      if (!store || !setting || !site) return;
      const changed = withSite(setting, site, next);
      setSetting(changed);
      void writeToolbarSites(store, changed);
    },
  };
}
