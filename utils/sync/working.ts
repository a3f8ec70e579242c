import { plan as planOne, type Plan } from './book';
import { recordFingerprint } from './fingerprint';
import type { LocalStore } from './local';
import type { RecordValue, SyncMeta, Version } from './model';

/** A fingerprint no record has: the record changed outside this sync. */
const CHANGED = '\u0000changed';

/**
 * The local records and their bookkeeping during one sync, read once at the start and kept up to
 * date as this sync writes.
 */
export class Working {
  private constructor(
    private readonly store: LocalStore,
    readonly local: Map<string, RecordValue>,
    readonly metas: Map<string, SyncMeta>,
    private readonly fps: Map<string, string | null>,
  ) {}

  static async load(store: LocalStore): Promise<Working> {
    const [local, metas] = await Promise.all([store.readAll(), store.readMetas()]);
    const fps = new Map<string, string | null>();
    for (const [key, value] of local) fps.set(key, recordFingerprint(value));
    return new Working(store, local, metas, fps);
  }

  /** Every key the local library or the bookkeeping knows. */
  keys(): string[] {
    return [...new Set([...this.local.keys(), ...this.metas.keys()])].sort();
  }

  value(key: string): RecordValue | null {
    return this.local.get(key) ?? null;
  }

  fp(key: string): string | null {
    return this.fps.get(key) ?? null;
  }

  async putMetas(metas: SyncMeta[]): Promise<void> {
    if (metas.length === 0) return;
    await this.store.putMetas(metas);
    for (const m of metas) this.metas.set(m.key, m);
  }

  /** Apply versions from other devices: one local transaction per batch of distinct records. */
  async applyVersions(incoming: readonly Version[]): Promise<number> {
    let applied = 0;
    let batch: Version[] = [];
    const keys = new Set<string>();
    for (const v of incoming) {
      if (keys.has(v.key)) {
        applied += await this.applyPlans(batch.map((b) => this.planFor(b.key, b)));
        batch = [];
        keys.clear();
      }
      batch.push(v);
      keys.add(v.key);
    }
    applied += await this.applyPlans(batch.map((b) => this.planFor(b.key, b)));
    return applied;
  }

  /** Bring concurrent versions waiting side by side to the local records of `keys`. */
  async settle(keys: readonly string[]): Promise<number> {
    return this.applyPlans(keys.map((key) => this.planFor(key, null)));
  }

  private planFor(key: string, incoming: Version | null): Plan | null {
    return planOne(this.metas.get(key), key, incoming, this.value(key), this.fp(key));
  }

  private async applyPlans(maybe: (Plan | null)[]): Promise<number> {
    const plans = maybe.filter((p): p is Plan => p !== null);
    if (plans.length === 0) return 0;
    const deferred = await this.store.apply(plans);
    for (const p of plans) {
      if (deferred.has(p.key)) {
        this.metas.set(p.key, p.deferred);
        // The reader changed the record meanwhile: its value here is no longer known.
        this.fps.set(p.key, CHANGED);
      } else {
        this.remember(p.key, p.meta, p.value, p.write);
      }
    }
    return plans.length;
  }

  private remember(key: string, meta: SyncMeta, value: RecordValue | null, wrote: boolean) {
    this.metas.set(key, meta);
    if (!wrote) return;
    if (value === null) {
      this.local.delete(key);
      this.fps.delete(key);
    } else {
      this.local.set(key, value);
      this.fps.set(key, meta.fp);
    }
  }
}
