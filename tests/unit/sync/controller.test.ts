import { describe, expect, it } from 'vitest';
import { createSyncController, PERIODIC_ALARM, SOON_ALARM } from '../../../utils/sync/controller';
import {
  saveSettings,
  STATUS_KEY,
  type KeyValueStorage,
  type SyncStatus,
} from '../../../utils/sync/settings';
import { article, at } from '../db/helpers';
import { Device, testCrypto } from './helpers';
import { MemoryDav } from './memory-dav';
import { MemoryLocal } from './memory-local';

function fakeStorage(): KeyValueStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

function setUp() {
  const storage = fakeStorage();
  const dav = new MemoryDav();
  const local = new MemoryLocal();
  const alarms = new Map<string, unknown>();
  let remotes = 0;
  const controller = createSyncController({
    storage,
    crypto: testCrypto,
    now: () => '2026-01-01T00:00:00.000Z',
    alarms: {
      create: (name, info) => void alarms.set(name, info),
      clear: async (name) => alarms.delete(name),
    },
    local,
    remoteFor: (_account, budget) => {
      remotes++;
      const remote = dav.remote();
      // Count every request against the budget, as the HTTP client does.
      const counted =
        <A extends unknown[], R>(f: (...a: A) => R) =>
        (...a: A) => {
          budget.take('request');
          return f(...a);
        };
      return {
        read: counted(remote.read),
        write: counted(remote.write),
        list: counted(remote.list),
        makeDir: counted(remote.makeDir),
        remove: counted(remote.remove),
      };
    },
    newDeviceId: () => 'device-1',
  });
  return { storage, dav, local, alarms, controller, remotes: () => remotes };
}

const settings = {
  url: 'https://dav.example.org/dav',
  user: 'reader',
  password: 'app-pass',
  passphrase: '',
  auto: true,
};

describe('the background sync controller', () => {
  it('says sync is not set up, without reaching any server', async () => {
    const { controller, remotes } = setUp();
    const status = await controller.run('sync');
    expect(status).toMatchObject({ state: 'error', code: 'not-configured' });
    expect(remotes()).toBe(0);
  });

  it('syncs, records the time, and keeps credentials out of the status', async () => {
    const { controller, storage, local } = setUp();
    await saveSettings(storage, settings);
    local.records.set('article:1', { title: 't', note: '' });
    const status = await controller.run('sync');
    expect(status).toMatchObject({
      state: 'ok',
      code: null,
      lastSyncAt: '2026-01-01T00:00:00.000Z',
    });
    const stored = JSON.stringify(storage.data[STATUS_KEY]);
    expect(stored).not.toContain('app-pass');
    expect(stored).not.toContain('reader');
  });

  it('reports a failure by its code', async () => {
    const { controller, storage, dav } = setUp();
    await saveSettings(storage, settings);
    dav.fault = () => 401;
    expect(await controller.run('test')).toMatchObject({
      state: 'error',
      code: 'auth',
      mode: 'test',
    });
    dav.fault = null;
    expect(await controller.run('test')).toMatchObject({ state: 'ok', mode: 'test' });
  });

  it('runs one sync at a time, and once more for a request made during a run', async () => {
    const { controller, storage } = setUp();
    await saveSettings(storage, settings);
    const seen: SyncStatus['state'][] = [];
    const first = controller.run('sync');
    const second = controller.run('sync');
    const third = controller.run('sync');
    expect(third).toBe(second);
    for (const s of await Promise.all([first, second, third])) seen.push(s.state);
    expect(seen).toEqual(['ok', 'ok', 'ok']);
  });

  it('sets the alarms as the settings say, and syncs soon after a change', async () => {
    const { controller, storage, alarms } = setUp();
    await controller.configure();
    expect(alarms.size).toBe(0);
    await controller.noteChange({});
    expect(alarms.has(SOON_ALARM)).toBe(false);
    await saveSettings(storage, settings);
    await controller.configure();
    expect(alarms.has(PERIODIC_ALARM)).toBe(true);
    await controller.noteChange({});
    expect(alarms.has(SOON_ALARM)).toBe(true);
    await saveSettings(storage, { ...settings, auto: false });
    await controller.configure();
    expect(alarms.size).toBe(0);
  });

  it('does not schedule another sync for the changes it applies itself, but does for the reader’s', async () => {
    const { controller, storage, alarms, local, dav } = setUp();
    await saveSettings(storage, settings);
    // Another device has something to apply here.
    const other = new Device('other', dav, { t: 0 });
    const saved = { ...article(2), savedAt: at(1), updatedAt: at(1), note: '' };
    other.local.records.set(`article:${saved.url}`, saved);
    await other.sync();
    const during: boolean[] = [];
    let applied = 0;
    // What the data owner announces for sync's own write.
    local.beforeApply = () => {
      applied++;
      void controller.noteChange({ source: 'sync' });
    };
    await controller.configure();
    alarms.clear();
    // Positive control first: a change outside a sync schedules one.
    await controller.noteChange({});
    during.push(alarms.has(SOON_ALARM));
    alarms.clear();
    local.records.set('article:1', { title: 't', note: '' });
    expect(await controller.run('sync')).toMatchObject({ state: 'ok' });
    during.push(alarms.has(SOON_ALARM));
    expect(applied).toBe(1);
    expect(local.records.get(`article:${saved.url}`)).toEqual(saved);
    expect(during).toEqual([true, false]);

    // The reader's own edit committed while sync applies is not taken for sync's: it goes out
    // soon (a counter of applies in progress used to swallow it until the next periodic sync).
    other.local.records.set(`article:${saved.url}`, { ...saved, note: 'again', updatedAt: at(2) });
    await other.sync();
    local.beforeApply = () => {
      void controller.noteChange({ source: 'sync' });
      void controller.noteChange({});
    };
    alarms.clear();
    expect(await controller.run('sync')).toMatchObject({ state: 'ok' });
    await new Promise((r) => setTimeout(r, 0));
    expect(alarms.has(SOON_ALARM)).toBe(true);
  });

  it('after a 401, automatic sync stops (no request) until the reader changes the settings', async () => {
    const { controller, storage, dav } = setUp();
    await saveSettings(storage, settings);
    dav.fault = () => 401;
    expect(await controller.run('sync', 'auto')).toMatchObject({ state: 'error', code: 'auth' });
    dav.fault = null;
    const before = { ...dav.requests };
    expect(await controller.run('sync', 'auto')).toMatchObject({ state: 'error', code: 'auth' });
    await controller.onAlarm(PERIODIC_ALARM);
    expect(dav.requests).toEqual(before);
    await controller.settingsChanged();
    expect(await controller.run('sync', 'auto')).toMatchObject({ state: 'ok' });
    expect(dav.requests).not.toEqual(before); // positive control: it reached the server again
  });

  it('a wrong passphrase also stops automatic sync; the reader pressing Sync now tries again', async () => {
    const { controller, storage, dav } = setUp();
    await saveSettings(storage, { ...settings, passphrase: 'one' });
    await controller.run('sync');
    await saveSettings(storage, { ...settings, passphrase: 'two' });
    expect(await controller.run('sync', 'auto')).toMatchObject({ code: 'passphrase-wrong' });
    const before = { ...dav.requests };
    await controller.onAlarm(SOON_ALARM);
    expect(dav.requests).toEqual(before);
    expect(await controller.run('sync', 'reader')).toMatchObject({ code: 'passphrase-wrong' });
    expect(dav.requests).not.toEqual(before);
  });

  it('refuses http:// to a host on the internet, without a request; allows it on the local network', async () => {
    const { controller, storage, remotes } = setUp();
    await saveSettings(storage, { ...settings, url: 'http://dav.example.org/dav' });
    expect(await controller.run('sync')).toMatchObject({ state: 'error', code: 'insecure' });
    expect(remotes()).toBe(0);
    await saveSettings(storage, { ...settings, url: 'http://192.168.1.20:5005/dav' });
    expect(await controller.run('sync')).toMatchObject({ state: 'ok' });
  });

  it('counts requests in a 30-minute window across runs, and stops at the budget', async () => {
    const { controller, storage, local } = setUp();
    await saveSettings(storage, settings);
    let runs = 0;
    let status: SyncStatus | undefined;
    for (; runs < 40; runs++) {
      local.records.set(`article:${runs}`, { title: `t${runs}`, note: '' });
      status = await controller.run('sync');
      if (status.state === 'error') break;
    }
    expect(status).toMatchObject({ state: 'error', code: 'budget' });
    expect((storage.data['sync.budget'] as { used: number }).used).toBe(60);
    expect(runs).toBeGreaterThan(10);
  });
});
