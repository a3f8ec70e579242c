import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyDocumentLanguage } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages/client';
import type { KeyValueStorage } from '../../utils/sync/settings';
import type { SettingStore } from '../../utils/options/toolbar-sites';
import { App } from './App';
import '@/assets/options.css';

applyDocumentLanguage(document, 'optionsTitle');
const language = document.documentElement.lang;
const time = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });

const deps = {
  storage: browser.storage.local as unknown as KeyValueStorage,
  onStorageChange(listener: (keys: string[]) => void) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local') listener(Object.keys(changes));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  run: (mode: 'sync' | 'test') => sendToBackground('sync/run', { mode }),
  settings: browser.storage.local as unknown as SettingStore,
};

render(
  <App deps={deps} formatTime={(iso) => time.format(new Date(iso))} />,
  document.getElementById('app')!,
);
