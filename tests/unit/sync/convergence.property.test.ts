import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SyncError } from '../../../utils/sync/errors';
import { Device } from './helpers';
import { HOSTILE, MemoryDav } from './memory-dav';

const KEYS = ['article:a', 'article:b', 'highlight:h'];

type Op =
  | { kind: 'note'; r: number; key: number; mode: 'replace' | 'append' }
  | { kind: 'field'; r: number; key: number }
  | { kind: 'delete'; r: number; key: number }
  | { kind: 'sync'; r: number }
  | { kind: 'together'; r: number; s: number }
  | { kind: 'fault'; on: 'network' | 'cut' | 'lost' | 'none' }
  | { kind: 'garble'; pick: number }
  | { kind: 'restart'; r: number }
  | { kind: 'wait'; ms: number };

const op = (replicas: number): fc.Arbitrary<Op> => {
  const r = fc.nat(replicas - 1);
  const key = fc.nat(KEYS.length - 1);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('note' as const),
        r,
        key,
        mode: fc.constantFrom('replace' as const, 'append' as const),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('field' as const), r, key }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), r, key }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), r }) },
    {
      // Two devices at the same moment (one device never runs two syncs at once: the background
      // runs them one after the other).
      weight: 2,
      arbitrary: fc
        .record({ kind: fc.constant('together' as const), r, s: r })
        .filter((o) => o.r !== o.s),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('fault' as const),
        on: fc.constantFrom('network' as const, 'cut' as const, 'lost' as const, 'none' as const),
      }),
    },
    // The bookkeeping starts afresh while the folder stays (the reader retyped the address).
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), r }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('garble' as const), pick: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('wait' as const),
        ms: fc.integer({ min: 1, max: 2000 }),
      }),
    },
  );
};

const tokens = (note: string | undefined) => new Set(note?.match(/n\d+/g) ?? []);

/** Run a sync; failures from injected faults are expected and must leave things recoverable. */
async function trySync(d: Device) {
  try {
    await d.sync({ segmentBytes: 300, mergeAfter: 3, tailBytes: 1500 });
  } catch (e) {
    // offline: the fault itself; damaged: another device's file cut off mid-upload.
    if (!(e instanceof SyncError) || !['offline', 'damaged'].includes(e.code)) throw e;
  }
}

describe('sync of N devices through a WebDAV server', () => {
  it('converges whatever the edits and sync order, and keeps every note text not overwritten or deleted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 4 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(op(n), { minLength: 1, maxLength: 40 }),
              fc.integer({ min: 0, max: 1000 }),
            ),
          ),
        async ([n, ops, faultSeed]) => {
          // A server that ignores If-None-Match and keeps what a cut upload sent (nginx, rclone).
          const dav = new MemoryDav(HOSTILE);
          const clock = { t: 0 };
          dav.clock = () => clock.t;
          const devices = Array.from({ length: n }, (_, i) => new Device(String(i), dav, clock));
          const superseded = new Set<string>();
          const madeFor = new Map<string, Set<string>>(KEYS.map((k) => [k, new Set<string>()]));
          let next = 0;
          let faultMode: 'network' | 'cut' | 'lost' | 'none' = 'none';
          let calls = faultSeed;
          dav.fault = (method) => {
            if (faultMode === 'none') return null;
            calls = (calls * 1103515245 + 12345) % 2147483648;
            if (calls % 5 !== 0) return null;
            return faultMode !== 'network' && method === 'PUT' ? faultMode : 'network';
          };
          for (const o of ops) {
            switch (o.kind) {
              case 'note': {
                const d = devices[o.r]!;
                const key = KEYS[o.key]!;
                const token = `n${next++}`;
                madeFor.get(key)!.add(token);
                const before = d.note(key);
                if (o.mode === 'replace') for (const t of tokens(before)) superseded.add(t);
                d.put(key, {
                  note: o.mode === 'replace' ? token : `${before ?? ''} ${token}`.trim(),
                });
                break;
              }
              case 'field':
                devices[o.r]!.put(KEYS[o.key]!, { title: `t${next++}` });
                break;
              case 'delete': {
                const d = devices[o.r]!;
                const key = KEYS[o.key]!;
                for (const t of tokens(d.note(key))) superseded.add(t);
                d.remove(key);
                break;
              }
              case 'sync':
                await trySync(devices[o.r]!);
                break;
              case 'together':
                await Promise.all([trySync(devices[o.r]!), trySync(devices[o.s]!)]);
                break;
              case 'fault':
                faultMode = o.on;
                break;
              case 'garble': {
                // A data file damaged on the server, its size kept (not the manifest).
                const logs = [...dav.files.keys()].filter((k) => /\/[gs]/.test(k)).sort();
                const path = logs[o.pick % Math.max(1, logs.length)];
                const file = path ? dav.files.get(path) : undefined;
                if (file) file.bytes = file.bytes.map((b, i) => (i % 7 ? b : 0x20));
                break;
              }
              case 'restart': {
                // The saved state is for another address now: the bookkeeping starts afresh.
                const st = devices[o.r]!.state.state;
                if (st) st.remote = `retyped\n${st.remote}`;
                break;
              }
              case 'wait':
                clock.t += o.ms;
                break;
            }
          }
          faultMode = 'none';
          // A damaged file is skipped by its readers, who mark it; its writer's next sync
          // publishes its versions again; the readers read on.
          for (let round = 0; round < 3; round++) {
            for (const d of devices) {
              await d.sync().catch((e) => {
                if (!(e instanceof SyncError) || e.code !== 'damaged') throw e;
              });
            }
          }
          for (let round = 0; round < 2; round++) for (const d of devices) await d.sync();
          const first = devices[0]!.local.records;
          for (const d of devices) expect(d.local.records).toEqual(first);
          for (const key of KEYS) {
            const present = tokens(first.get(key)?.note);
            for (const t of madeFor.get(key)!) {
              if (!superseded.has(t)) expect(present.has(t), `${t} kept in ${key}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: Number(process.env.SYNC_RUNS ?? 300) },
    );
  }, 120_000);
});
