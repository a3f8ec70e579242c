import type { Plan } from './book';
import { recordFingerprint } from './fingerprint';
import type { RecordValue, SyncMeta } from './model';
import { canonicalRecord, recordKey, splitKey, toLocalRecord, type RecordKind } from './records';
import {
  ARTICLE_STORES,
  bury,
  change,
  inTransaction,
  readerOf,
  unbury,
  writerOf,
  type ArticleWriter,
  type Change,
  type Db,
  type WritableStore,
} from '../db';

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
    // The store holds what `putSyncMetas` and `applySyncPlans` put there, nothing else.
    const all = (await tx.objectStore('sync').getAll()) as SyncMeta[];
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
  tombstones: WritableStore<'tombstones'>;
  metas: WritableStore<'sync'>;
}

type Current = Awaited<ReturnType<Stores[RecordKind]['get']>>;

/** The record each plan is about, as stored now (undefined when absent or the key is not sync's). */
function readCurrent(stores: Stores, plans: readonly Plan[]): Promise<Current[]> {
  return Promise.all(
    plans.map((p) => {
      const k = splitKey(p.key);
      return k ? stores[k.kind].get(k.id) : Promise.resolve(undefined);
    }),
  );
}

/**
 * The requests of one plan: its bookkeeping, and the record written or deleted. A record the
 * reader changed since sync read it is left (the plan's deferred bookkeeping is kept instead).
 * Answers whether the record was left, and its kind and id when it was written.
 */
function applyPlan(
  stores: Stores,
  plan: Plan,
  found: Current,
  now: string,
  writes: Promise<unknown>[],
): { deferred: boolean; touched?: { kind: RecordKind; id: string } } {
  const k = splitKey(plan.key);
  const fp = found && k ? recordFingerprint(canonicalRecord(k.kind, found)) : null;
  if (!k || fp !== plan.expectFp) {
    writes.push(stores.metas.put(plan.deferred));
    return { deferred: true };
  }
  writes.push(stores.metas.put(plan.meta));
  if (!plan.write) return { deferred: false };
  if (plan.value === null) {
    writes.push(stores[k.kind].delete(k.id), bury(stores.tombstones, k.kind, [k.id], now));
  } else {
    const record = toLocalRecord(plan.key, plan.value);
    if (!record) throw new Error(`sync: ${plan.key} is not a valid record`);
    writes.push(
      (stores[k.kind] as { put(value: never): Promise<unknown> }).put(record as never),
      unbury(stores.tombstones, k.kind, [k.id]),
    );
  }
  return { deferred: false, touched: k };
}

/** The articles whose highlights the plans touched: before (as stored), then after (as planned). */
function highlightedArticles(plans: readonly Plan[], current: readonly Current[]): string[] {
  const ofHighlight = (p: Plan) => p.key.startsWith('highlight:');
  const before = plans.flatMap((p, i) => {
    const url = (current[i] as { articleUrl?: string } | undefined)?.articleUrl;
    return ofHighlight(p) && url ? [url] : [];
  });
  const after = plans.flatMap((p) => {
    const url = (p.value as { articleUrl?: unknown } | null)?.articleUrl;
    return ofHighlight(p) && typeof url === 'string' ? [url] : [];
  });
  return [...before, ...after];
}

/** Apply sync's plans in one transaction (see `LocalStore.apply`). */
export function applySyncPlans(db: Db, plans: readonly Plan[], now: string): Promise<SyncApplied> {
  const names = [...ARTICLE_STORES, 'highlights', 'links', 'tombstones', 'sync'] as const;
  return inTransaction(db, [...names], 'readwrite', async (tx) => {
    const stores: Stores = {
      article: writerOf(tx),
      highlight: tx.objectStore('highlights'),
      link: tx.objectStore('links'),
      tombstones: tx.objectStore('tombstones'),
      metas: tx.objectStore('sync'),
    };
    const current = await readCurrent(stores, plans);
    const deferred = new Set<string>();
    const touched: Record<RecordKind, string[]> = { article: [], highlight: [], link: [] };
    const writes: Promise<unknown>[] = [];
    plans.forEach((plan, i) => {
      const applied = applyPlan(stores, plan, current[i], now, writes);
      if (applied.deferred) deferred.add(plan.key);
      if (applied.touched) touched[applied.touched.kind].push(applied.touched.id);
    });
    const highlighted = highlightedArticles(plans, current);
    // Their highlights' text is searched with the article: the search index reads it again.
    for (const url of new Set(highlighted)) writes.push(stores.article.queue(url));
    await Promise.all(writes);
    const articles = [...touched.article, ...highlighted];
    return {
      deferred,
      change: change({ articles, highlights: touched.highlight, links: touched.link }),
    };
  });
}
