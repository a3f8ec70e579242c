import type { Plan } from '../../../utils/sync/book';
import { recordFingerprint } from '../../../utils/sync/fingerprint';
import type { LocalStore, StateStore, SyncState } from '../../../utils/sync/local';
import type { RecordValue, SyncMeta } from '../../../utils/sync/model';

/** A local library in memory, with the same all-or-nothing apply as the IndexedDB one. */
export class MemoryLocal implements LocalStore {
  readonly records = new Map<string, RecordValue>();
  readonly metas = new Map<string, SyncMeta>();
  /** Called inside `apply` before checking, to model the reader editing during a sync. */
  beforeApply: (() => void) | null = null;
  failApply = false;

  async readAll() {
    return new Map(this.records);
  }
  async readMetas() {
    return new Map(this.metas);
  }
  async putMetas(metas: readonly SyncMeta[]) {
    for (const m of metas) this.metas.set(m.key, m);
  }
  async apply(plans: readonly Plan[]) {
    this.beforeApply?.();
    if (this.failApply) throw new Error('the local database failed');
    const deferred = new Set<string>();
    for (const p of plans) {
      if (recordFingerprint(this.records.get(p.key)) !== p.expectFp) {
        deferred.add(p.key);
        this.metas.set(p.key, p.deferred);
        continue;
      }
      if (p.write) {
        if (p.value === null) this.records.delete(p.key);
        else this.records.set(p.key, p.value);
      }
      this.metas.set(p.key, p.meta);
    }
    return deferred;
  }
  async clearMetas() {
    this.metas.clear();
  }
}

export class MemoryState implements StateStore {
  state: SyncState | null = null;
  async load() {
    return this.state ? structuredClone(this.state) : null;
  }
  async save(state: SyncState) {
    this.state = structuredClone(state);
  }
}
