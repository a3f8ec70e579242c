import { commitOwn, localEdit } from './book';
import type { SyncContext } from './context';
import { MERGE_AFTER, SEGMENT_BYTES, TAIL_BYTES } from './limits';
import type { Owed } from './local';
import type { Version } from './model';
import { contentHash, fixMarkerFor, formatName, parseName, type FileKind } from './names';
import { encodeSegment } from './segments';
import { mendEarlier } from './mend';
import { wholeSize, type Survey } from './survey';

/**
 * This device's changes since the last sync, as new versions; with `republish`, also its current
 * versions of every other record (they are in the log already: `republished` marks them); and a
 * new version of each record holding a version of a writer in `revive`.
 */
function ownVersions(
  ctx: SyncContext,
  republish: boolean,
  republished: Set<Version>,
  revive: ReadonlySet<string>,
): Version[] {
  const out: Version[] = [];
  const now = ctx.now();
  const me = ctx.st.deviceId;
  for (const key of ctx.work.keys()) {
    const meta = ctx.work.metas.get(key);
    // A record holding a version whose writer will not publish it again: published anew here.
    const again = meta?.sibs.some((s) => revive.has(s.dev)) ?? false;
    const v = localEdit(meta, key, ctx.work.value(key), ctx.work.fp(key), me, now, again);
    if (v) out.push(v);
    if (v || !republish || !meta) continue;
    for (const sib of meta.sibs) {
      if (sib.dev !== me) continue;
      const known = ctx.work.fp(key) === meta.fp ? ctx.work.value(key) : undefined;
      const value = sib.value !== undefined ? sib.value : known;
      if (value === undefined) continue; // the reader changed it since: published anew
      const again: Version = { key, vv: sib.vv, nvv: sib.nvv, dev: sib.dev, at: sib.at, value };
      republished.add(again);
      out.push(again);
    }
  }
  return out;
}

export function chunk(versions: Version[], maxBytes: number): Version[][] {
  const chunks: Version[][] = [];
  let current: Version[] = [];
  let size = 0;
  for (const v of versions) {
    const bytes = JSON.stringify(v).length;
    if (current.length > 0 && size + bytes > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(v);
    size += bytes;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Encode versions as one file of this device, named by its content. */
export async function encodeFile(
  ctx: SyncContext,
  seq: number,
  versions: Version[],
  kind: FileKind = { type: 'segment' },
  cover?: Record<string, number>,
): Promise<{ name: string; bytes: Uint8Array }> {
  const { codec, st } = ctx;
  const bytes = await encodeSegment(codec, st.deviceId, seq, versions, cover);
  const hash = await contentHash(ctx.crypto, bytes);
  const ext = codec.ext === '.enc' ? '.enc' : '.json';
  const name = formatName({
    kind,
    tag: ctx.manifest.id,
    device: st.deviceId,
    seq,
    size: bytes.length,
    hash,
    ext,
  });
  return { name, bytes };
}

/**
 * Check this device's files against the listing: a cut-off one, one a reader marked unusable, or
 * one left from an interrupted snapshot is deleted; when one it published is gone or deleted so,
 * its versions are published again (`republish`), and a new snapshot is written when a part of
 * its snapshot was (`resnapshot`).
 */
export async function repairOwn(
  ctx: SyncContext,
  files: Survey,
): Promise<{ republish: boolean; resnapshot: boolean }> {
  const { st } = ctx;
  const own = new Set(st.own);
  const retired = new Set(st.retired);
  const listed = new Set<string>();
  for (const f of files.mine) {
    if (own.has(f.name) && wholeSize(f) && !files.marked.has(f.name)) {
      listed.add(f.name);
      continue;
    }
    if (retired.has(f.name) && !files.marked.has(f.name)) continue; // deleted a few per sync
    await ctx.remote.remove(f.name);
  }
  for (const name of files.marked) {
    if (parseName(name)?.device === st.deviceId) await ctx.remote.remove(fixMarkerFor(name));
  }
  const mended = await mendEarlier(ctx, files);
  const lost = st.own.filter((name) => !listed.has(name));
  st.own = st.own.filter((name) => listed.has(name));
  // Owed until done: the files are deleted now, their versions published again later on.
  const owed: Owed = {
    republish: (st.owed?.republish ?? false) || lost.length > 0 || mended,
    resnapshot:
      (st.owed?.resnapshot ?? false) ||
      lost.some((name) => parseName(name)?.kind.type === 'snapshot'),
  };
  st.owed = owed.republish || owed.resnapshot ? { ...owed } : null;
  await ctx.saveState();
  return owed;
}

/** A repair `repairOwn` asked for is done. */
export async function repaired(ctx: SyncContext, what: keyof Owed): Promise<void> {
  const { st } = ctx;
  if (!st.owed) return;
  st.owed = { ...st.owed, [what]: false };
  if (!st.owed.republish && !st.owed.resnapshot) st.owed = null;
  await ctx.saveState();
}

/** This device's segments written since its base. */
export const tailSegments = (ctx: SyncContext) =>
  ctx.st.own.filter((n) => {
    const m = parseName(n);
    return m?.kind.type === 'segment' && ctx.st.baseEnd !== null && m.seq >= ctx.st.baseEnd;
  });

/** This device's current versions of `keys`, or null when a record changed during this sync. */
export function ownSibVersions(ctx: SyncContext, keys: Iterable<string>): Version[] | null {
  const out: Version[] = [];
  for (const key of keys) {
    const meta = ctx.work.metas.get(key);
    for (const sib of meta?.sibs ?? []) {
      if (sib.dev !== ctx.st.deviceId) continue;
      const known = ctx.work.fp(key) === meta!.fp ? ctx.work.value(key) : undefined;
      const value = sib.value !== undefined ? sib.value : known;
      if (value === undefined) return null;
      out.push({ key, vv: sib.vv, nvv: sib.nvv, dev: sib.dev, at: sib.at, value });
    }
  }
  return out;
}

/**
 * A segment is written. After the base, its keys join the tail at once (not when the whole upload
 * is done): a merged file written after an interrupted upload must hold its versions too, since
 * it replaces every segment since the base.
 */
export function adoptSegment(ctx: SyncContext, name: string, versions: readonly Version[]) {
  const { st } = ctx;
  st.own.push(name);
  if (st.baseEnd !== null)
    st.tailKeys = [...new Set([...st.tailKeys, ...versions.map((v) => v.key)])];
}

/** A merged file is written: the files it replaces are retired, its keys are the tail. */
export function adoptMerged(ctx: SyncContext, name: string, versions: readonly Version[]) {
  const { st } = ctx;
  const from = st.baseEnd ?? 0;
  const replaced = st.own.filter((n) => (parseName(n)?.seq ?? -1) >= from);
  st.own = [...st.own.filter((n) => !replaced.includes(n)), name];
  st.retired.push(...replaced);
  st.tailKeys = [...new Set([...st.tailKeys, ...versions.map((v) => v.key)])];
}

/**
 * Write the changes together with every version published since the base, as one merged file
 * that replaces the segments since the base. False when a record changed during this sync or
 * the result is too large (then a segment is written, and a snapshot follows).
 */
async function writeMerged(
  ctx: SyncContext,
  fresh: Version[],
  republished: Set<Version>,
): Promise<boolean> {
  const { st } = ctx;
  const freshKeys = new Set(fresh.map((v) => v.key));
  const older = ownSibVersions(
    ctx,
    st.tailKeys.filter((k) => !freshKeys.has(k)),
  );
  if (!older) return false;
  const versions = [...older, ...fresh];
  const size = versions.reduce((n, v) => n + JSON.stringify(v).length, 0);
  if (size > (ctx.tailBytes ?? TAIL_BYTES)) return false;
  const seq = st.nextSeq;
  const file = await encodeFile(ctx, seq, versions, { type: 'merged', from: st.baseEnd ?? 0 });
  st.pending = { name: file.name, seq };
  await ctx.saveState();
  await ctx.remote.write(file.name, file.bytes);
  const committed = fresh.filter((v) => !republished.has(v));
  await ctx.work.putMetas(committed.map((v) => commitOwn(ctx.work.metas.get(v.key), v)));
  adoptMerged(ctx, file.name, versions);
  st.nextSeq = seq + 1;
  st.pending = null;
  await ctx.saveState();
  ctx.report.uploaded += fresh.length;
  return true;
}

/**
 * Publish this device's changes. The first upload goes out as segments (its base); later ones as
 * a segment each, and every MERGE_AFTER-th as a merged file. After each file the bookkeeping
 * records it, so an interrupted upload resumes with what is left.
 */
export async function uploadAll(
  ctx: SyncContext,
  republish: boolean,
  revive: ReadonlySet<string> = new Set(),
): Promise<void> {
  const { st } = ctx;
  const republished = new Set<Version>();
  const fresh = ownVersions(ctx, republish, republished, revive);
  const merging =
    st.baseEnd !== null &&
    fresh.length > 0 &&
    tailSegments(ctx).length >= (ctx.mergeAfter ?? MERGE_AFTER) - 1;
  if (merging && (await writeMerged(ctx, fresh, republished))) return;
  await writeSegments(ctx, fresh, republished);
  if (st.baseEnd === null) st.baseEnd = st.nextSeq;
  await ctx.saveState();
}

async function writeSegments(ctx: SyncContext, fresh: Version[], republished: Set<Version>) {
  const { st } = ctx;
  const chunks = chunk(fresh, ctx.segmentBytes ?? SEGMENT_BYTES);
  const total = fresh.length;
  let done = 0;
  for (const versions of chunks) {
    ctx.onProgress?.({ phase: 'upload', done, total });
    const seq = st.nextSeq;
    const file = await encodeFile(ctx, seq, versions);
    st.pending = { name: file.name, seq };
    await ctx.saveState();
    await ctx.remote.write(file.name, file.bytes);
    const committed = versions.filter((v) => !republished.has(v));
    await ctx.work.putMetas(committed.map((v) => commitOwn(ctx.work.metas.get(v.key), v)));
    adoptSegment(ctx, file.name, versions);
    st.nextSeq = seq + 1;
    st.pending = null;
    await ctx.saveState();
    done += versions.length;
    ctx.report.uploaded += versions.length;
  }
  if (total) ctx.onProgress?.({ phase: 'upload', done, total });
}
