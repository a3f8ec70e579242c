import { hashText, recordFingerprint } from './fingerprint';
import { addSibling, resolve, type KnownSibling } from './merge';
import type { RecordValue, Sibling, SyncMeta, Version } from './model';
import { increment, joinVectors } from './vv';

/*
 * The local bookkeeping of one record (pure): what a local edit publishes, what publishing it
 * records, and what a version from another device does to the local record.
 */

export function emptyMeta(key: string): SyncMeta {
  return { key, sibs: [], lvv: {}, lnvv: {}, fp: null, nfp: hashText('') };
}

const noteOf = (value: RecordValue | null | undefined) =>
  typeof value?.note === 'string' ? value.note : '';

/**
 * The version to publish for a local record that changed since the last sync (or null when it
 * did not; with `again`, one that covers the current versions even so). `localFp` is
 * `fingerprint(local)`, computed once by the caller.
 */
export function localEdit(
  meta: SyncMeta | undefined,
  key: string,
  local: RecordValue | null,
  localFp: string | null,
  device: string,
  now: string,
  again = false,
): Version | null {
  const m = meta ?? emptyMeta(key);
  if (localFp === m.fp && !again) return null;
  const vv = increment(m.lvv, device);
  const noteEdited = local !== null && hashText(noteOf(local)) !== m.nfp;
  return {
    key,
    vv,
    nvv: noteEdited ? vv : m.lnvv,
    dev: device,
    // Concurrent edits keep the fields of the later one; a deletion counts from the sync time.
    at: typeof local?.updatedAt === 'string' ? local.updatedAt : now,
    value: local,
  };
}

/**
 * Bookkeeping of a record whose version went out in a file that may have been read and is gone
 * before it was recorded as published: the next version counts one further, so it never has
 * that version's vector with another value.
 */
export function passCounter(meta: SyncMeta | undefined, key: string, device: string): SyncMeta {
  const m = meta ?? emptyMeta(key);
  return { ...m, lvv: increment(m.lvv, device) };
}

function toSibling(v: Version): KnownSibling {
  return { vv: v.vv, nvv: v.nvv, dev: v.dev, at: v.at, value: v.value };
}

/** Bookkeeping once every version is applied: the local record is `target`. */
function settled(key: string, sibs: readonly Sibling[], target: RecordValue | null): SyncMeta {
  const single = sibs.length === 1;
  return {
    key,
    sibs: sibs.map((s) => (single ? withoutValue(s) : s)),
    lvv: joinVectors(...sibs.map((s) => s.vv)),
    lnvv: joinVectors(...sibs.map((s) => s.nvv)),
    fp: recordFingerprint(target),
    nfp: hashText(noteOf(target)),
  };
}

function withoutValue(s: Sibling): Sibling {
  return { vv: s.vv, nvv: s.nvv, dev: s.dev, at: s.at };
}

/**
 * Record that this device's own `version` is on the remote. The local record is `version.value`
 * unless the reader changed it since (then the next sync publishes that change on top).
 */
export function commitOwn(meta: SyncMeta | undefined, version: Version): SyncMeta {
  const m = meta ?? emptyMeta(version.key);
  const sibs = addSibling(m.sibs, toSibling(version)) ?? [...m.sibs];
  const own = settled(version.key, sibs, version.value);
  return { ...own, lvv: joinVectors(m.lvv, version.vv), lnvv: version.nvv };
}

/** What to do to the local record; `deferred` is the bookkeeping if it changed meanwhile. */
export interface Plan {
  readonly key: string;
  /** Fingerprint the local record must still have for `value` to be written. */
  readonly expectFp: string | null;
  readonly write: boolean;
  readonly value: RecordValue | null;
  readonly meta: SyncMeta;
  readonly deferred: SyncMeta;
}

/**
 * Bring a version from another device (or, with `incoming` null, concurrent versions waiting
 * side by side) to the local record. Null when there is nothing to do.
 */
export function plan(
  meta: SyncMeta | undefined,
  key: string,
  incoming: Version | null,
  local: RecordValue | null,
  localFp: string | null,
): Plan | null {
  const m = meta ?? emptyMeta(key);
  const localKnown = localFp === m.fp;
  const known: Sibling[] = m.sibs.map((s) =>
    s.value !== undefined || !localKnown ? s : { ...s, value: local },
  );
  const sibs = incoming ? addSibling(known, toSibling(incoming)) : known;
  if (!sibs) return null;
  const deferred: SyncMeta = { ...m, sibs };
  if (!localKnown || sibs.some((s) => s.value === undefined)) {
    return { key, expectFp: m.fp, write: false, value: local, meta: deferred, deferred };
  }
  const target = resolve(sibs as KnownSibling[]);
  const meta2 = settled(key, sibs, target);
  if (!incoming && JSON.stringify(meta2) === JSON.stringify(m)) return null;
  return { key, expectFp: m.fp, write: meta2.fp !== m.fp, value: target, meta: meta2, deferred };
}
