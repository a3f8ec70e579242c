import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the bench
import { START } from '../../webdav/servers.mjs';
// @ts-expect-error: a plain .mjs helper
import { startFaultProxy } from '../../webdav/fault-proxy.mjs';
import { startRunBudget } from '../../../utils/sync/budget';
import { Computer, freshFolder, outcome, type Server } from './real-servers';

/*
 * Faults between a computer and a real server, injected by a proxy that answers as 坚果云 is
 * reported to and cuts, truncates and delays what goes through. Nothing the reader wrote is lost,
 * and every failure has its reason.
 */

interface Fault {
  method?: string;
  path?: RegExp;
  kind: 'status' | 'cutUpload' | 'cutDownload' | 'truncate' | 'delay';
  times: number;
  status?: number;
  retryAfter?: number;
  body?: string;
  ms?: number;
}
interface Proxy {
  url: string;
  state: {
    methods: Record<string, number>;
    log: string[];
    faults: Fault[];
    requests: number;
    throttleAfter: number;
    throttle: { status: number; retryAfter?: number };
  };
  close(): Promise<void>;
}

const DATA = /\/g\.[^/]+$/;
const article = (n: number, note = '') => ({
  title: `Article ${n}`,
  note,
  body: '正文 '.repeat(300),
});

describe.each(['rclone', 'nginx'] as const)(
  'faults between a computer and %s (through a 坚果云-like proxy)',
  (kind) => {
    let server: Server;
    let proxy: Proxy;
    let n = 0;
    const pair = async () => {
      const url = await freshFolder({ ...server, url: proxy.url }, `f${++n}`);
      const make = (name: string) => new Computer(name, url, server.user, server.password);
      proxy.state.log.length = 0;
      return { a: make('a'), b: make('b'), url };
    };
    beforeAll(async () => {
      server = await START[kind]();
      proxy = await startFaultProxy(server.url, { jianguoyun: true });
    }, 30_000);
    afterAll(async () => {
      await proxy?.close();
      await server?.stop();
    });

    it('first sync on a new account: 409 AncestorsNotFound is "not there yet", the folder is made once', async () => {
      const { a, b } = await pair();
      a.put('article:https://x.test/1', article(1, 'n'));
      const mkcol = proxy.state.methods.MKCOL ?? 0;
      expect(await outcome(a.sync())).toBe('ok');
      expect(proxy.state.log.some((l) => /^PROPFIND .* 409$/.test(l))).toBe(true); // positive control
      await b.sync();
      await a.sync();
      expect((proxy.state.methods.MKCOL ?? 0) - mkcol).toBe(1);
      expect(b.local.records).toEqual(a.local.records);
    });

    it('an upload cut in the middle: offline; the part is never read; the next sync completes', async () => {
      const { a, b } = await pair();
      await a.sync();
      for (let i = 0; i < 10; i++) a.put(`article:https://x.test/${i}`, article(i, `n${i}`));
      proxy.state.faults.push({ method: 'PUT', path: DATA, kind: 'cutUpload', times: 1 });
      expect(await outcome(a.sync())).toBe('offline');
      expect(await outcome(b.sync())).toBe('ok');
      expect(b.local.records.size).toBe(0);
      await a.sync();
      await b.sync();
      expect(b.local.records.size).toBe(10);
      expect(b.local.records).toEqual(a.local.records);
    });

    it('a download cut in the middle, and a 200 with half the file: read again, nothing half applied', async () => {
      const { a, b } = await pair();
      for (let i = 0; i < 10; i++) a.put(`article:https://x.test/${i}`, article(i, `n${i}`));
      await a.sync();
      proxy.state.faults.push({ method: 'GET', path: DATA, kind: 'cutDownload', times: 1 });
      proxy.state.faults.push({ method: 'GET', path: DATA, kind: 'truncate', times: 1 });
      expect(await outcome(b.sync())).toBe('ok');
      expect(proxy.state.log.filter((l) => / (cut|truncated)$/.test(l))).toHaveLength(2);
      expect(b.local.records).toEqual(a.local.records);
    });

    it('503 and 429 with Retry-After, and 423: waited as asked, then done', async () => {
      const { a, b } = await pair();
      a.put('article:https://x.test/1', article(1, 'n'));
      await a.sync();
      proxy.state.faults.push({
        method: 'PROPFIND',
        kind: 'status',
        status: 503,
        retryAfter: 3,
        times: 1,
      });
      proxy.state.faults.push({
        method: 'GET',
        path: DATA,
        kind: 'status',
        status: 429,
        retryAfter: 2,
        times: 1,
      });
      proxy.state.faults.push({ method: 'GET', path: DATA, kind: 'status', status: 423, times: 1 });
      expect(await outcome(b.sync())).toBe('ok');
      expect(b.waits).toEqual([3000, 2000, 8000]);
      expect(b.local.records).toEqual(a.local.records);
    });

    it('throttling that lasts (401 BlockedTemporarily, 503 after N requests): told as throttling, nothing lost', async () => {
      const { a, b } = await pair();
      a.put('article:https://x.test/1', article(1, 'n'));
      await a.sync();
      b.put('article:https://x.test/2', article(2, 'm'));
      proxy.state.throttle = { status: 401 };
      proxy.state.throttleAfter = proxy.state.requests + 1;
      expect(await outcome(b.sync())).toBe('throttled');
      expect(b.waits).toEqual([]); // not asked again
      proxy.state.throttle = { status: 503, retryAfter: 600 };
      expect(await outcome(b.sync())).toBe('throttled');
      proxy.state.throttleAfter = Infinity;
      expect(await outcome(b.sync())).toBe('ok');
      await a.sync();
      expect(a.local.records).toEqual(b.local.records);
      expect(a.local.records.size).toBe(2);
    });

    it('a server that answers late: each request gives up after its timeout (reads are asked again)', async () => {
      const { a, b } = await pair();
      a.put('article:https://x.test/1', article(1, 'n'));
      await a.sync();
      proxy.state.faults.push({ method: 'PROPFIND', kind: 'delay', ms: 1500, times: 1 });
      expect(await outcome(b.sync({ timeoutMs: 500 }))).toBe('ok');
      expect(b.waits).toHaveLength(1); // one backoff after the timeout
      proxy.state.faults.push({ method: 'PUT', path: DATA, kind: 'delay', ms: 1500, times: 1 });
      b.put('article:https://x.test/2', article(2, 'm'));
      expect(await outcome(b.sync({ timeoutMs: 500 }))).toBe('offline');
      await new Promise((r) => setTimeout(r, 1200)); // the late PUT lands on the server meanwhile
      expect(await outcome(b.sync())).toBe('ok');
      await a.sync();
      expect(a.local.records).toEqual(b.local.records);
    });

    it('a request budget: a large first sync stops when it is spent and resumes at the next runs', async () => {
      const { a, b } = await pair();
      for (let i = 0; i < 40; i++) a.put(`article:https://x.test/${i}`, article(i, `n${i}`));
      await a.sync({ segmentBytes: 8000 });
      const storage = new Map<string, unknown>();
      const kv = {
        get: async (k: string) => ({ [k]: storage.get(k) }),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) storage.set(k, v);
        },
      };
      const outcomes: string[] = [];
      for (let run = 0; run < 10 && b.local.records.size < 40; run++) {
        const budget = await startRunBudget(kv, Date.now() + run, { perRun: 6, perWindow: 1000 });
        outcomes.push(await outcome(b.sync({ budget })));
        await budget.save();
        expect(budget.used).toBeLessThanOrEqual(6);
      }
      expect(outcomes[0]).toBe('budget');
      expect(b.local.records).toEqual(a.local.records);
    });
  },
);
