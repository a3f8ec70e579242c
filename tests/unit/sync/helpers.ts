import { webcrypto } from 'node:crypto';
import { syncOnce, type SyncReport } from '../../../utils/sync/engine';
import type { RecordValue } from '../../../utils/sync/model';
import type { MemoryDav } from './memory-dav';
import { MemoryLocal, MemoryState } from './memory-local';

export const testCrypto = webcrypto as unknown as Crypto;

/** One device: its local library, its sync state and a clock shared by the test. */
export class Device {
  readonly local = new MemoryLocal();
  readonly state = new MemoryState();
  passphrase = '';
  /** Device ids handed out: a new one each time the bookkeeping starts afresh. */
  readonly ids: string[] = [];
  constructor(
    readonly name: string,
    readonly dav: MemoryDav,
    readonly clock: { t: number },
  ) {}

  now = () => new Date(Date.UTC(2026, 0, 1) + this.clock.t).toISOString();

  tick(ms = 1000) {
    this.clock.t += ms;
  }

  sync(
    extra: { segmentBytes?: number; mergeAfter?: number; tailBytes?: number } = {},
  ): Promise<SyncReport> {
    return syncOnce({
      remote: this.dav.remote(),
      local: this.local,
      state: this.state,
      crypto: testCrypto,
      now: this.now,
      remoteLabel: 'memory',
      passphrase: this.passphrase,
      newDeviceId: () => {
        this.ids.push(`dev-${this.name}${this.ids.length || ''}`);
        return this.ids.at(-1)!;
      },
      iterations: 1000,
      ...extra,
    });
  }

  /** Save or edit a record the way the library does: a full record with a fresh updatedAt. */
  put(key: string, fields: Record<string, unknown>) {
    this.tick(7);
    const before = this.local.records.get(key) ?? { note: '' };
    this.local.records.set(key, { ...before, ...fields, updatedAt: this.now() } as RecordValue);
  }

  note(key: string): string | undefined {
    return this.local.records.get(key)?.note;
  }

  remove(key: string) {
    this.local.records.delete(key);
  }
}
