import type { browser as extensionBrowser } from 'wxt/browser';
import type { Db, Owner } from '../db';
import { createSyncController, type SyncController } from './controller';
import { idbLocal } from './idb-local';
import { SETTINGS_KEY, type KeyValueStorage } from './settings';
type Browser = typeof extensionBrowser;
import { webdavRemote } from './webdav-remote';

/** A random device id: 12 bytes, base64url. */
export function newDeviceId(crypto: Crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '');
}

/**
 * Sync in the background: the controller over the browser's storage, alarms and the library, its
 * alarms kept as the settings say. The caller passes `noteChange` of the result every change the
 * owner announces.
 */
export function setUpSync(
  browser: Browser,
  deps: { db: () => Promise<Db>; commit: Owner['commit'] },
): SyncController {
  const storage = browser.storage.local as unknown as KeyValueStorage;
  const crypto = globalThis.crypto;
  const controller = createSyncController({
    storage,
    crypto,
    now: () => new Date().toISOString(),
    alarms: {
      create: (name, info) => void browser.alarms.create(name, info),
      clear: (name) => browser.alarms.clear(name),
    },
    local: idbLocal(deps),
    remoteFor: (account, budget) =>
      webdavRemote(account, {
        fetch: (input, init) => fetch(input, init),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        budget,
      }),
    newDeviceId: () => newDeviceId(crypto),
  });
  browser.alarms.onAlarm.addListener((alarm) => void controller.onAlarm(alarm.name));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void controller.settingsChanged();
  });
  void controller.configure();
  return controller;
}
