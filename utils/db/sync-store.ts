import type { Plan } from '../sync/book';
import { recordFingerprint } from '../sync/fingerprint';
import type { RecordValue, SyncMeta } from '../sync/model';
import {
  canonicalRecord,
  recordKey,
  splitKey,
  toLocalRecord,
  type RecordKind,
} from '../sync/records';
import { change, type Change } from './changes';
import { ARTICLE_STORES, readerOf, writerOf, type ArticleWriter } from './article-store';
import type { Db, WritableStore } from './schema';
import { bury, unbury } from './tombstones';
import { inTransaction } from './tx';

/*
 * Sync's access to the library: every record under its sync key, sync's bookkeeping, and applying
 * versions from other devices in one transaction, each only if the record is still what sync read.
 */

/** Every article, highlight and link, under sync's keys, as sync reads them. */
export function readSyncRecords(db: Db): Promise<Map<string, RecordValue>> {
  return inTransaction(db, [...ARTICLE_STORES, 'highlights', 'links'], 'readonly', async (tx) => {
    const [articles, highlights, links] = await Promise.all([
      readerOf(tx).getAll(),
      tx.objectStore('highlights').getAll(),
      tx.objectStore('links').getAll(),
    ]);
    const out = new Map<string, RecordValue>();
    for (const a of articles) out.set(recordKey('article', a.url), canonicalRecord('article', a));
    for (const h of highlights)
      out.set(recordKey('highlight', h.id), canonicalRecord('highlight', h));
    for (const l of links) out.set(recordKey('link', l.url), canonicalRecord('link', l));
    return out;
  });
}

export function readSyncMetas(db: Db): Promise<Map<string, SyncMeta>> {
  return inTransaction(db, ['sync'], 'readonly', async (tx) => {
    const all = await tx.objectStore('sync').getAll();
    return new Map(all.map((m) => [m.key, m]));
  });
}

export function putSyncMetas(db: Db, metas: readonly SyncMeta[]): Promise<void> {
  return inTransaction(db, ['sync'], 'readwrite', async (tx) => {
    const store = tx.objectStore('sync');
    await Promise.all(metas.map((m) => store.put(m)));
  });
}

export function clearSyncMetas(db: Db): Promise<void> {
  return inTransaction(db, ['sync'], 'readwrite', (tx) => tx.objectStore('sync').clear());
}

export interface SyncApplied {
  /** Keys left as the reader changed them meanwhile (their versions wait for the next sync). */
  deferred: Set<string>;
  /** What was written, for the change feed. */
  change: Change;
}

interface Stores {
  article: ArticleWriter;
  highlight: WritableStore<'highlights'>;
  link: WritableStore<'links'>;
}

/** Apply sync's plans in one transaction (see `LocalStore.apply`). */
export function applySyncPlans(db: Db, plans: readonly Plan[], now: string): Promise<SyncApplied> {
  const names = [...ARTICLE_STORES, 'highlights', 'links', 'tombstones', 'sync'] as const;
  return inTransaction(db, [...names], 'readwrite', async (tx) => {
    const stores: Stores = {
      article: writerOf(tx),
      highlight: tx.objectStore('highlights'),
      link: tx.objectStore('links'),
    };
    const tombstones = tx.objectStore('tombstones');
    const metas = tx.objectStore('sync');
    const deferred = new Set<string>();
    const touched: Record<RecordKind, string[]> = { article: [], highlight: [], link: [] };
    const current = await Promise.all(
      plans.map((p) => {
        const k = splitKey(p.key);
        return k ? stores[k.kind].get(k.id) : Promise.resolve(undefined);
      }),
    );
    const writes: Promise<unknown>[] = [];
    plans.forEach((p, i) => {
      const k = splitKey(p.key);
      const found = current[i];
      const fp = found && k ? recordFingerprint(canonicalRecord(k.kind, found)) : null;
      if (!k || fp !== p.expectFp) {
        deferred.add(p.key);
        writes.push(metas.put(p.deferred));
        return;
      }
      writes.push(metas.put(p.meta));
      if (!p.write) return;
      touched[k.kind].push(k.id);
      if (p.value === null) {
        writes.push(stores[k.kind].delete(k.id), bury(tombstones, k.kind, [k.id], now));
        return;
      }
      const record = toLocalRecord(p.key, p.value);
      if (!record) throw new Error(`sync: ${p.key} is not a valid record`);
      writes.push(
        (stores[k.kind] as { put(value: never): Promise<unknown> }).put(record as never),
        unbury(tombstones, k.kind, [k.id]),
      );
    });
    await Promise.all(writes);
    return {
      deferred,
      change: change({
        articles: [
          ...touched.article,
          ...plans.flatMap((p, i) => {
            const h = current[i] as { articleUrl?: string } | undefined;
            return p.key.startsWith('highlight:') && h?.articleUrl ? [h.articleUrl] : [];
          }),
          ...plans.flatMap((p) => {
            const url = (p.value as { articleUrl?: unknown } | null)?.articleUrl;
            return p.key.startsWith('highlight:') && typeof url === 'string' ? [url] : [];
          }),
        ],
        highlights: touched.highlight,
        links: touched.link,
      }),
    };
  });
}
