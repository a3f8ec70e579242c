import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOnce, type SyncDeps } from '../../../utils/sync/engine';
import { SyncError } from '../../../utils/sync/errors';
import { createWebdavClient, webdavRemote } from '../../../utils/sync/webdav-remote';
// @ts-expect-error: a plain .mjs helper shared with the e2e tests and the bench
import { apacheAvailable, startApache } from '../../webdav/server.mjs';
// @ts-expect-error: a plain .mjs helper
import { startProxy } from '../../webdav/proxy.mjs';
import { testCrypto } from './helpers';
import { MemoryLocal, MemoryState } from './memory-local';

interface Apache {
  url: string;
  fullUrl: string;
  davRoot: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

let apache: Apache;

function device(
  name: string,
  over: Partial<{ url: string; password: string; passphrase: string }> = {},
) {
  const local = new MemoryLocal();
  const state = new MemoryState();
  const run = (extra: Partial<SyncDeps> = {}) =>
    syncOnce({
      remote: webdavRemote(
        createWebdavClient({
          url: over.url ?? apache.url,
          user: apache.user,
          password: over.password ?? apache.password,
        }),
      ),
      local,
      state,
      crypto: testCrypto,
      now: () => new Date().toISOString(),
      remoteLabel: over.url ?? apache.url,
      passphrase: over.passphrase ?? '',
      newDeviceId: () => `dev-${name}`,
      iterations: 1000,
      ...extra,
    });
  return { local, state, run };
}

/** A fresh folder on the share, so each test starts with an empty remote. */
async function folder(name: string): Promise<string> {
  const auth = `Basic ${Buffer.from(`${apache.user}:${apache.password}`).toString('base64')}`;
  const r = await fetch(`${apache.url}${name}/`, {
    method: 'MKCOL',
    headers: { authorization: auth },
  });
  if (r.status !== 201) throw new Error(`MKCOL ${name}: ${r.status}`);
  return `${name}/`;
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof SyncError ? e.code : `unexpected ${e}`),
  );

describe.skipIf(!apacheAvailable())('sync through Apache httpd (mod_dav_fs)', () => {
  beforeAll(async () => {
    apache = await startApache();
  }, 30_000);
  afterAll(async () => {
    await apache?.stop();
  });

  it('brings records from one device to another, and both syncing at once lose nothing', async () => {
    const a = device('a1');
    const b = device('b1');
    a.local.records.set('article:https://x.test/a', {
      title: 'A',
      note: 'from a',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    b.local.records.set('article:https://x.test/b', {
      title: 'B',
      note: 'from b',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    // Both create the remote at the same moment: the server lets one manifest win.
    await Promise.all([a.run(), b.run()]);
    await Promise.all([a.run(), b.run()]);
    expect([...a.local.records.keys()].sort()).toEqual([
      'article:https://x.test/a',
      'article:https://x.test/b',
    ]);
    expect(b.local.records).toEqual(a.local.records);
  });

  it('says the password is wrong (401) and changes nothing', async () => {
    const bad = device('bad', { password: 'wrong' });
    bad.local.records.set('article:u', { title: 'kept', note: '' });
    expect(await code(bad.run())).toBe('auth');
    expect(bad.local.records.get('article:u')).toEqual({ title: 'kept', note: '' });
  });

  it('says the server is full (507) and changes nothing', async () => {
    const full = device('full', { url: apache.fullUrl });
    full.local.records.set('article:f', { title: 'F', note: 'n' });
    expect(await code(full.run())).toBe('full');
    expect(full.local.records.get('article:f')).toEqual({ title: 'F', note: 'n' });
  });

  it('the network dropping mid-upload: offline, nothing half-applied, the next sync completes', async () => {
    const port = new URL(apache.url).port;
    const proxy = await startProxy(Number(port));
    try {
      const url = `http://127.0.0.1:${proxy.port}/dav/${await folder('drop')}`;
      const a = device('drop-a', { url });
      const b = device('drop-b', { url });
      await a.run(); // the remote exists before the drop
      for (let i = 0; i < 20; i++) {
        a.local.records.set(`article:https://x.test/${i}`, {
          title: `t${i}`,
          note: 'x'.repeat(200),
        });
      }
      proxy.state.drop = true;
      expect(await code(a.run())).toBe('offline');
      expect(proxy.state.dropped).toBeGreaterThan(0);
      proxy.state.drop = false;
      await b.run();
      expect(b.local.records.size).toBe(0);
      await a.run();
      await b.run();
      expect(b.local.records).toEqual(a.local.records);
      expect(b.local.records.size).toBe(20);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('says the server is down', async () => {
    const down = device('down', { url: 'http://127.0.0.1:9/dav/' });
    expect(await code(down.run())).toBe('offline');
  });
});
