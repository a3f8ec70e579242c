import { describe, expect, it } from 'vitest';
import { SyncError } from '../../../utils/sync/errors';
import { Device } from './helpers';
import { MemoryDav } from './memory-dav';

function setUp(n = 2) {
  const dav = new MemoryDav();
  const clock = { t: 0 };
  dav.clock = () => clock.t;
  const devices = Array.from(
    { length: n },
    (_, i) => new Device(String.fromCharCode(97 + i), dav, clock),
  );
  return { dav, devices };
}

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof SyncError ? e.code : `unexpected ${String(e)}`;
  }
}

const snapshot = (d: Device) => structuredClone([...d.local.records]);

describe('sync faults: a clear reason, the local library untouched, the next sync recovers', () => {
  it.each([
    ['server down', 'network' as const, 'offline'],
    ['wrong password', 401, 'auth'],
    ['no space left', 507, 'full'],
    ['server error', 500, 'server'],
  ])('%s', async (_name, fault, code) => {
    const { dav, devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.put('article:1', { title: 'one', note: 'n' });
    await a.sync();
    b.put('article:2', { title: 'two', note: 'm' });
    const before = snapshot(b);
    dav.fault = (method) => (method === 'PUT' || fault !== 507 ? fault : null);
    expect(await failure(b.sync())).toBe(code);
    expect(snapshot(b)).toEqual(before);
    dav.fault = null;
    await b.sync();
    await a.sync();
    expect(a.local.records).toEqual(b.local.records);
    expect(a.local.records.size).toBe(2);
  });

  it('two devices creating the remote at once: the server lets one manifest win (412), both use it', async () => {
    const { dav, devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.passphrase = b.passphrase = 'shared secret';
    a.put('article:1', { title: 'one', note: '' });
    b.put('article:2', { title: 'two', note: '' });
    await Promise.all([a.sync(), b.sync()]);
    await Promise.all([a.sync(), b.sync()]);
    expect([...dav.files.keys()].filter((k) => k.endsWith('manifest.json'))).toHaveLength(1);
    expect(a.local.records).toEqual(b.local.records);
    expect(a.local.records.size).toBe(2);
  });

  it('an upload whose answer was lost is not published twice, and nothing is lost', async () => {
    const { dav, devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.put('article:1', { title: 'one', note: 'first' });
    dav.fault = (method, path) =>
      method === 'PUT' && path.endsWith('00000000.json') ? 'lost' : null;
    expect(await failure(a.sync())).toBe('offline');
    dav.fault = null;
    a.put('article:1', { note: 'second' });
    await a.sync(); // 412 on segment 0: it is recorded as published, the new edit goes on top
    await b.sync();
    expect(b.note('article:1')).toBe('second');
    expect(a.state.state?.nextSeq).toBe(2);
  });

  it('a segment cut off mid-upload stops readers there, and the writer mends it at its next sync', async () => {
    const { dav, devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.put('article:1', { title: 'one', note: '' });
    await a.sync();
    a.put('article:2', { title: 'two', note: '' });
    dav.fault = (method, path) =>
      method === 'PUT' && path.endsWith('00000001.json') ? 'cut' : null;
    expect(await failure(a.sync())).toBe('offline');
    dav.fault = null;
    await b.sync(); // head still says 0: segment 1 is not read
    expect([...b.local.records.keys()]).toEqual(['article:1']);
    await a.sync();
    await b.sync();
    expect([...b.local.records.keys()].sort()).toEqual(['article:1', 'article:2']);
  });

  it('a garbage file of one device: that log stops there (nothing of it applied), the others go on; its writer repairs it', async () => {
    const { dav, devices } = setUp(3);
    const [a, b, c] = devices as [Device, Device, Device];
    a.put('article:a', { title: 'from a', note: '' });
    c.put('article:c', { title: 'from c', note: '' });
    await a.sync();
    await c.sync();
    const path = [...dav.files.keys()].find((k) => k.includes('dev-a/00000000'))!;
    dav.files.get(path)!.bytes = new TextEncoder().encode('{"format":"ai-news-annot');
    expect(await failure(b.sync())).toBe('damaged');
    expect([...b.local.records.keys()]).toEqual(['article:c']);
    expect(b.state.state?.cursors['dev-a']).toBeUndefined();
    // b's head tells a; a's next sync replaces the file and publishes its records again.
    await a.sync();
    await b.sync();
    expect([...b.local.records.keys()].sort()).toEqual(['article:a', 'article:c']);
    expect(b.local.records.get('article:a')).toEqual(a.local.records.get('article:a'));
  });

  it('a garbage head.json is written again by its device', async () => {
    const { dav, devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.put('article:a', { title: 'from a', note: '' });
    await a.sync();
    const head = [...dav.files.keys()].find((k) => k.endsWith('dev-a/head.json'))!;
    dav.files.get(head)!.bytes = new TextEncoder().encode('garbage');
    expect(await failure(b.sync())).toBe('damaged');
    expect(b.local.records.size).toBe(0);
    await a.sync();
    await b.sync();
    expect(b.local.records).toEqual(a.local.records);
  });

  it('a wrong passphrase is told apart and reads nothing; the right one works', async () => {
    const { devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.passphrase = 'correct horse';
    a.put('article:1', { title: 'secret title', note: 'secret note' });
    await a.sync();
    b.passphrase = 'wrong';
    expect(await failure(b.sync())).toBe('passphrase-wrong');
    expect(b.local.records.size).toBe(0);
    b.passphrase = '';
    expect(await failure(b.sync())).toBe('passphrase-needed');
    b.passphrase = 'correct horse';
    await b.sync();
    expect(b.note('article:1')).toBe('secret note');
  });

  it('keeps an encrypted remote free of the library in clear', async () => {
    const { dav, devices } = setUp();
    const [a] = devices as [Device];
    a.passphrase = 'correct horse';
    a.put('article:1', { title: 'secret title', note: 'secret note' });
    await a.sync();
    const text = [...dav.files.values()].map((f) => new TextDecoder().decode(f.bytes)).join('\n');
    expect(text).not.toContain('secret');
    expect(text).toContain('PBKDF2-SHA256'); // positive control: the manifest is readable
  });

  it('refuses a remote written by a newer version, without reading it', async () => {
    const { dav, devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.put('article:1', { title: 'one', note: '' });
    await a.sync();
    const manifest = dav.files.get('sync/manifest.json')!;
    const newer = { ...JSON.parse(new TextDecoder().decode(manifest.bytes)), version: 2 };
    manifest.bytes = new TextEncoder().encode(JSON.stringify(newer));
    expect(await failure(b.sync())).toBe('newer-format');
    expect(b.local.records.size).toBe(0);
  });

  it('a local database failure changes nothing and is reported as such', async () => {
    const { devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.put('article:1', { title: 'one', note: '' });
    await a.sync();
    b.local.failApply = true;
    expect(await failure(b.sync())).toBe('local');
    expect(b.local.records.size).toBe(0);
    b.local.failApply = false;
    await b.sync();
    expect(b.local.records.size).toBe(1);
  });
});
