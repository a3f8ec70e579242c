import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the bench
import { START } from '../../webdav/servers.mjs';
// @ts-expect-error: a plain .mjs helper
import { startFaultProxy } from '../../webdav/fault-proxy.mjs';
import { Computer, freshFolder, outcome, type Server } from './real-servers';

/*
 * Two computers through real WebDAV servers nobody here wrote, started by the test (a missing
 * server fails the test: `.ci/run` installs them), and through a proxy that answers as 坚果云.
 */

type Kind = 'apache' | 'nginx' | 'rclone' | 'jianguoyun';
const KINDS: Kind[] = ['apache', 'nginx', 'rclone', 'jianguoyun'];

interface Proxy {
  url: string;
  state: { methods: Record<string, number>; log: string[]; faults: unknown[] };
  close(): Promise<void>;
}

async function start(kind: Kind): Promise<{ server: Server; proxy: Proxy | null; url: string }> {
  // 坚果云 is played by the proxy in front of nginx (which, like it, ignores If-None-Match).
  const server: Server = await START[kind === 'jianguoyun' ? 'nginx' : kind]();
  if (kind !== 'jianguoyun') return { server, proxy: null, url: server.url };
  const proxy: Proxy = await startFaultProxy(server.url, { jianguoyun: true });
  return { server, proxy, url: proxy.url };
}

const article = (n: number, note = '') => ({
  title: `Article ${n}`,
  note,
  body: '新闻正文 body '.repeat(40),
});

describe.each(KINDS)('sync through %s', (kind) => {
  let server: Server;
  let proxy: Proxy | null;
  let base: string;
  let n = 0;
  const pair = async (passphrase = '') => {
    const folderUrl = await freshFolder({ ...server, url: base }, `t${++n}`);
    const make = (name: string) =>
      new Computer(name, folderUrl, server.user, server.password, passphrase);
    return { a: make('a'), b: make('b'), folderUrl };
  };

  beforeAll(async () => {
    ({ server, proxy, url: base } = await start(kind));
  }, 30_000);
  afterAll(async () => {
    await proxy?.close();
    await server?.stop();
  });

  it.each([
    ['in clear', ''],
    ['encrypted', 'correct horse battery'],
  ])(
    'two computers set up at the same moment converge (%s)',
    async (_label, passphrase) => {
      const { a, b } = await pair(passphrase);
      for (let i = 0; i < 30; i++) a.put(`article:https://a.test/${i}`, article(i, `a ${i}`));
      for (let i = 0; i < 30; i++) b.put(`article:https://b.test/${i}`, article(i, `b ${i}`));
      a.put('article:https://both.test/1', article(1, 'written on a'));
      b.put('article:https://both.test/1', article(1, 'written on b'));
      await Promise.all([a.sync(), b.sync()]);
      await Promise.all([a.sync(), b.sync()]);
      await a.sync();
      await b.sync();
      expect(a.local.records.size).toBe(61);
      expect(b.local.records).toEqual(a.local.records);
      const note = String(a.local.records.get('article:https://both.test/1')?.note);
      expect(note).toContain('written on a');
      expect(note).toContain('written on b');
      // Then edits on both sides, one after the other.
      a.put('article:https://b.test/3', { note: 'edited on a' });
      b.put('article:https://a.test/4', { note: 'edited on b' });
      await a.sync();
      await b.sync();
      await a.sync();
      expect(b.local.records).toEqual(a.local.records);
      expect(a.local.records.get('article:https://a.test/4')?.note).toBe('edited on b');
    },
    60_000,
  );

  it('a retyped address (127.0.0.1 → localhost) starts a new device; edits still arrive', async () => {
    const { a, b } = await pair();
    a.put('article:https://x.test/1', article(1, 'first'));
    await a.sync();
    await b.sync();
    a.url = a.url.replace('127.0.0.1', 'localhost');
    a.put('article:https://x.test/1', { note: 'second' });
    await a.sync();
    await b.sync();
    await a.sync();
    expect(a.ids).toHaveLength(2);
    expect(String(b.local.records.get('article:https://x.test/1')?.note)).toContain('second');
    expect(b.local.records).toEqual(a.local.records);
  }, 60_000);

  it('a wrong password is told as such, and the library is untouched', async () => {
    const { a } = await pair();
    a.password = 'wrong';
    a.put('article:https://x.test/kept', article(1, 'kept'));
    const before = structuredClone([...a.local.records]);
    expect(await outcome(a.sync())).toBe('auth');
    expect([...a.local.records]).toEqual(before);
  });

  it('an address that is not a WebDAV folder is told as such', async () => {
    const { a } = await pair();
    a.url = `${base}missing/deeper/`;
    expect(await outcome(a.sync())).toBe('not-found');
  });
});
