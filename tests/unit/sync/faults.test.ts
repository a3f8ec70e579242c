import { describe, expect, it } from 'vitest';
import { SyncError } from '../../../utils/sync/errors';
import { NOTE_CONFLICT_SEPARATOR } from '../../../utils/sync/merge';
import { Device } from './helpers';
import { HOSTILE, MemoryDav, type ServerProfile } from './memory-dav';

function setUp(n = 2, profile?: ServerProfile) {
  const dav = new MemoryDav(profile);
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

  it('two devices creating the remote at once on a server that ignores If-None-Match: they end up on one manifest, nothing lost', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    a.passphrase = b.passphrase = 'shared secret';
    a.put('article:1', { title: 'one', note: '' });
    b.put('article:2', { title: 'two', note: '' });
    await Promise.all([a.sync(), b.sync()]);
    await Promise.all([a.sync(), b.sync()]);
    await a.sync();
    await b.sync();
    expect([...dav.files.keys()].filter((k) => k.endsWith('manifest.json'))).toHaveLength(1);
    expect(a.local.records).toEqual(b.local.records);
    expect(a.local.records.size).toBe(2);
  });

  it('the first sync on 坚果云: 409 under the missing folder is "not there yet"; one MKCOL, then the manifest', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    a.put('article:1', { title: 'one', note: '' });
    await a.sync();
    expect(dav.requests.MKCOL).toBe(1);
    await b.sync();
    await a.sync();
    expect(dav.requests.MKCOL).toBe(1); // existing folder: listed, never made again
    expect(b.local.records).toEqual(a.local.records);
  });

  it('an address retyped (bookkeeping starts afresh) on a server that overwrites: a new device id, the other device gets the later edits', async () => {
    const { devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    a.put('article:1', { title: 'one', note: 'first' });
    await a.sync();
    await b.sync();
    a.state.state!.remote = `retyped\n${a.state.state!.remote}`;
    a.put('article:1', { note: 'second' });
    await a.sync();
    await b.sync();
    await a.sync();
    expect(a.ids).toEqual(['dev-a', 'dev-a1']);
    expect(b.note('article:1')).toContain('second');
    expect(a.local.records).toEqual(b.local.records);
  });

  it('a note merged on a device that then starts afresh, its first file damaged: every device ends with the same note, each text once', async () => {
    const { dav, devices } = setUp(3, HOSTILE);
    const [a, b, c] = devices as [Device, Device, Device];
    b.put('highlight:h', { note: 'n0' });
    c.put('highlight:h', { note: 'n1' });
    await Promise.all([a.sync(), c.sync()]);
    await Promise.all([a.sync(), b.sync()]);
    await a.sync();
    b.state.state!.remote = `retyped\n${b.state.state!.remote}`;
    const first = [...dav.files.keys()].filter((k) => /\/g\./.test(k)).sort()[0]!;
    const file = dav.files.get(first)!;
    file.bytes = file.bytes.map((x, i) => (i % 7 ? x : 0x20));
    for (let round = 0; round < 3; round++)
      for (const d of devices) await d.sync().catch((e) => expect(e.code).toBe('damaged'));
    for (const d of devices) await d.sync();
    expect(a.note('highlight:h')).toBe(`n0${NOTE_CONFLICT_SEPARATOR}n1`);
    expect(b.local.records).toEqual(a.local.records);
    expect(c.local.records).toEqual(a.local.records);
  });

  it('a file of a device that started afresh is damaged after it deleted a record there: its versions come back from a device that holds them, on every device', async () => {
    const { dav, devices } = setUp(3, HOSTILE);
    const [a, b, c] = devices as [Device, Device, Device];
    b.put('article:b', { title: 'from b', note: 'kept' });
    await b.sync();
    await a.sync(); // a holds b's version; c has read nothing yet
    b.state.state!.remote = `retyped\n${b.state.state!.remote}`;
    const path = [...dav.files.keys()].find((k) => k.includes('.dev-b.0.'))!;
    const file = dav.files.get(path)!;
    file.bytes = file.bytes.map((x, i) => (i % 7 ? x : 0x20));
    // Deleted before the bookkeeping started afresh, so that deletion is known to no version.
    b.remove('article:b');
    for (let round = 0; round < 3; round++)
      for (const d of devices) await d.sync().catch((e) => expect(e.code).toBe('damaged'));
    for (const d of devices) expect(await failure(d.sync())).toBe('ok');
    expect(b.ids).toEqual(['dev-b', 'dev-b1']);
    expect(a.note('article:b')).toBe('kept');
    expect(b.local.records).toEqual(a.local.records);
    expect(c.local.records).toEqual(a.local.records);
  });

  it('a file of a device that started afresh is damaged after that device merged its versions: the merged note reaches every device', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    b.put('highlight:h', { note: 'n0' });
    await b.sync();
    b.put('highlight:h', { note: 'n1' });
    b.state.state!.remote = `retyped\n${b.state.state!.remote}`;
    await b.sync(); // n1 under the new id, concurrent with n0 read back from the earlier file
    expect(b.note('highlight:h')).toBe(`n0${NOTE_CONFLICT_SEPARATOR}n1`);
    const path = [...dav.files.keys()].find((k) => k.includes('.dev-b.0.'))!;
    const file = dav.files.get(path)!;
    file.bytes = file.bytes.map((x, i) => (i % 7 ? x : 0x20));
    expect(await failure(a.sync())).toBe('damaged'); // a never read n0
    for (let round = 0; round < 3; round++)
      for (const d of devices) await d.sync().catch((e) => expect(e.code).toBe('damaged'));
    for (const d of devices) expect(await failure(d.sync())).toBe('ok');
    expect(a.note('highlight:h')).toBe(`n0${NOTE_CONFLICT_SEPARATOR}n1`);
    expect(a.local.records).toEqual(b.local.records);
  });

  it('an upload stopped after some of its files, then a merged file: the merged file holds the versions of those files too', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    const oneVersionPerFile = { segmentBytes: 1, mergeAfter: 3 };
    await a.sync(oneVersionPerFile); // nothing to publish yet: the base is empty
    for (const k of ['article:1', 'article:2', 'article:3']) a.put(k, { title: k, note: '' });
    let puts = 0;
    dav.fault = (method) => (method === 'PUT' && ++puts === 3 ? 'network' : null);
    expect(await failure(a.sync(oneVersionPerFile))).toBe('offline');
    dav.fault = null;
    await a.sync(oneVersionPerFile); // the third goes out in a merged file replacing the first two
    expect([...dav.files.keys()].filter((k) => /\/m0\./.test(k))).toHaveLength(1);
    await b.sync();
    expect([...b.local.records.keys()].sort()).toEqual(['article:1', 'article:2', 'article:3']);
    expect(b.local.records).toEqual(a.local.records);
  });

  it('an upload whose answer was lost, read by another device, then damaged: the edit after it reaches that device', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    a.put('article:1', { note: 'first' });
    dav.fault = (method, path) => (method === 'PUT' && /\/g\./.test(path) ? 'lost' : null);
    expect(await failure(a.sync())).toBe('offline');
    dav.fault = null;
    await b.sync(); // reads the file that landed
    expect(b.note('article:1')).toBe('first');
    const path = [...dav.files.keys()].find((k) => k.includes('.dev-a.0.'))!;
    const file = dav.files.get(path)!;
    file.bytes = file.bytes.map((x, i) => (i % 7 ? x : 0x20));
    a.put('article:1', { note: 'second' });
    await a.sync(); // finds its file damaged: deleted, the edit published anew
    await b.sync();
    expect(b.note('article:1')).toBe('second');
    expect(b.local.records).toEqual(a.local.records);
  });

  it('a snapshot whose answer was lost, read by another device: the files after it never take its seq', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    // One version per segment, the three in one snapshot part.
    const oneVersionPerFile = { segmentBytes: 300, mergeAfter: 3 };
    await a.sync(oneVersionPerFile); // nothing to publish yet: the base is empty
    for (const k of ['article:1', 'article:2', 'article:3']) a.put(k, { note: 'first' });
    dav.fault = (method, path) => (method === 'PUT' && /\/s1of/.test(path) ? 'lost' : null);
    expect(await failure(a.sync(oneVersionPerFile))).toBe('offline');
    dav.fault = null;
    const gets = dav.requests.GET ?? 0;
    await b.sync(); // reads the snapshot that landed: fewer requests than the files it includes
    expect(b.local.records.size).toBe(3);
    expect(dav.requests.GET).toBe(gets + 2); // the manifest and the snapshot
    a.put('article:1', { note: 'second' });
    await a.sync(oneVersionPerFile);
    await b.sync();
    expect(b.note('article:1')).toBe('second');
    expect(b.local.records).toEqual(a.local.records);
  });

  it('an upload whose answer was lost is recorded as published once, and nothing is lost', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    a.put('article:1', { title: 'one', note: 'first' });
    await a.sync();
    a.put('article:1', { note: 'second' });
    dav.fault = (method, path) => (method === 'PUT' && /\/g\./.test(path) ? 'lost' : null);
    expect(await failure(a.sync())).toBe('offline');
    dav.fault = null;
    await b.sync(); // reads the file that landed
    a.put('article:1', { note: 'third' });
    await a.sync(); // finds it listed whole: recorded, the new edit goes on top
    await b.sync();
    expect(b.note('article:1')).toBe('third');
    expect(a.state.state?.nextSeq).toBe(3);
  });

  it('an upload cut off on a server that keeps the part: readers skip it by its size, the writer deletes it and writes it again', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    a.put('article:1', { title: 'one', note: '' });
    await a.sync();
    a.put('article:2', { title: 'two', note: '' });
    dav.fault = (method, path) => (method === 'PUT' && /\/g\./.test(path) ? 'cut' : null);
    expect(await failure(a.sync())).toBe('offline');
    dav.fault = null;
    const gets = dav.requests.GET ?? 0;
    expect(await failure(b.sync())).toBe('ok');
    expect(dav.requests.GET ?? 0).toBe(gets + 2); // the manifest and a's first file, not the part
    expect([...b.local.records.keys()]).toEqual(['article:1']);
    await a.sync();
    await b.sync();
    expect([...b.local.records.keys()].sort()).toEqual(['article:1', 'article:2']);
    const partial = [...dav.files.entries()].filter(
      ([k, f]) => /\/g\./.test(k) && !k.includes(`.${f.bytes.length}.`),
    );
    expect(partial).toEqual([]);
  });

  it('a damaged file (its hash does not match): its readers skip it and mark it, the others go on; its writer publishes it again', async () => {
    const { dav, devices } = setUp(3);
    const [a, b, c] = devices as [Device, Device, Device];
    a.put('article:a', { title: 'from a', note: '' });
    c.put('article:c', { title: 'from c', note: '' });
    await a.sync();
    await c.sync();
    const path = [...dav.files.keys()].find((k) => k.includes('.dev-a.0.'))!;
    const file = dav.files.get(path)!;
    file.bytes = file.bytes.map((x, i) => (i === 5 ? x ^ 1 : x));
    expect(await failure(b.sync())).toBe('damaged');
    expect([...b.local.records.keys()]).toEqual(['article:c']);
    expect([...dav.files.keys()].some((k) => k.includes('/x.g.'))).toBe(true);
    await a.sync();
    expect(await failure(b.sync())).toBe('ok');
    expect([...b.local.records.keys()].sort()).toEqual(['article:a', 'article:c']);
    expect(b.local.records.get('article:a')).toEqual(a.local.records.get('article:a'));
  });

  it('a damaged file whose writer cannot publish it again at once (network down): it does at a later sync', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    a.put('article:a', { title: 'from a', note: 'n' });
    await a.sync();
    const path = [...dav.files.keys()].find((k) => k.includes('.dev-a.0.'))!;
    const file = dav.files.get(path)!;
    file.bytes = file.bytes.map((x, i) => (i % 7 ? x : 0x20));
    expect(await failure(b.sync())).toBe('damaged');
    dav.fault = (method) => (method === 'PUT' ? 'network' : null);
    expect(await failure(a.sync())).toBe('offline'); // the damaged file is deleted, not replaced
    dav.fault = null;
    expect(await failure(a.sync())).toBe('ok');
    expect(await failure(b.sync())).toBe('ok');
    expect(b.local.records).toEqual(a.local.records);
    expect(b.note('article:a')).toBe('n');
  });

  it('an upload whose answer was lost, damaged on the server: written again under a new name, so a reader that found it gone still reads it', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    await Promise.all([a.sync(), b.sync()]);
    a.put('article:a', { title: 'from a', note: 'n' });
    dav.fault = (method, path) => (method === 'PUT' && /\/g\./.test(path) ? 'lost' : null);
    expect(await failure(a.sync())).toBe('offline');
    dav.fault = null;
    const path = [...dav.files.keys()].find((k) => k.includes('.dev-a.0.'))!;
    const file = dav.files.get(path)!;
    file.bytes = file.bytes.map((x, i) => (i % 7 ? x : 0x20));
    // a finds it damaged and deletes it while b reads it (b finds it gone, as if retired).
    await Promise.all([a.sync(), b.sync()]);
    for (const d of [a, b, a, b]) expect(await failure(d.sync())).toBe('ok');
    expect(b.note('article:a')).toBe('n');
    expect(b.local.records).toEqual(a.local.records);
  });

  it('a manifest left mixed by two writes at once (rclone writes in place) is written again', async () => {
    const { dav, devices } = setUp(2, HOSTILE);
    const [a, b] = devices as [Device, Device];
    let mixed = false;
    dav.fault = (method, path) => {
      if (method === 'GET' && path.endsWith('manifest.json') && !mixed) {
        mixed = true;
        const f = dav.files.get(path)!;
        f.bytes = f.bytes.slice(0, 30);
      }
      return null;
    };
    a.put('article:a', { title: 'from a', note: '' });
    expect(await failure(a.sync())).toBe('ok');
    expect(mixed).toBe(true);
    await b.sync();
    expect(b.local.records).toEqual(a.local.records);
  });

  it('a damaged manifest is written again from the copy the device remembers', async () => {
    const { dav, devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.put('article:a', { title: 'from a', note: '' });
    await a.sync();
    await b.sync();
    const manifest = dav.files.get('sync/manifest.json')!;
    manifest.bytes = manifest.bytes.slice(0, 20);
    b.put('article:b', { title: 'from b', note: '' });
    expect(await failure(b.sync())).toBe('ok');
    expect(b.ids).toEqual(['dev-b']); // same remote, same bookkeeping
    await a.sync();
    expect(a.local.records).toEqual(b.local.records);
    expect(a.local.records.size).toBe(2);
  });

  it('a remote of the first format is upgraded in place: same id and key, the library published again', async () => {
    const { dav, devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.passphrase = b.passphrase = 'pass';
    a.put('article:a', { title: 'from a', note: 'n' });
    await a.sync();
    const manifest = dav.files.get('sync/manifest.json')!;
    const v2 = JSON.parse(new TextDecoder().decode(manifest.bytes));
    manifest.bytes = new TextEncoder().encode(JSON.stringify({ ...v2, version: 1 }));
    a.state.state = null; // a computer that last synced with the first format
    a.local.metas.clear();
    await a.sync();
    await b.sync();
    expect(
      JSON.parse(new TextDecoder().decode(dav.files.get('sync/manifest.json')!.bytes)),
    ).toEqual(v2);
    expect(b.local.records).toEqual(a.local.records);
  });

  it('a manifest asking for too many (or too few) PBKDF2 iterations is refused without deriving a key', async () => {
    const { dav, devices } = setUp();
    const [a, b] = devices as [Device, Device];
    a.passphrase = b.passphrase = 'pass';
    a.put('article:a', { title: 'from a', note: 'n' });
    await a.sync();
    const manifest = dav.files.get('sync/manifest.json')!;
    const m = JSON.parse(new TextDecoder().decode(manifest.bytes));
    for (const iterations of [10_000_000, 10]) {
      m.encryption.iterations = iterations;
      manifest.bytes = new TextEncoder().encode(JSON.stringify(m));
      expect(await failure(b.sync())).toBe('damaged');
    }
    expect(b.local.records.size).toBe(0);
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
    const newer = { ...JSON.parse(new TextDecoder().decode(manifest.bytes)), version: 3 };
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
