import type { SyncContext } from './context';
import { SyncError, toSyncError } from './errors';
import { MAX_FILE_BYTES, MAX_RUN_BYTES } from './limits';
import { contentHash, fixMarkerFor } from './names';
import { decodeSegment, type DecodedSegment } from './segments';
import { wholeSize, type Listed, type Survey } from './survey';

/** Each device's latest merged file listed whole. */
export function latestMerged(files: Survey): Map<string, Listed> {
  const out = new Map<string, Listed>();
  for (const f of files.others) {
    if (f.meta.kind.type !== 'merged' || !wholeSize(f)) continue;
    const current = out.get(f.meta.device);
    if (!current || current.meta.seq < f.meta.seq) out.set(f.meta.device, f);
  }
  return out;
}

/** Whether its device's latest merged file replaces this file (it holds all of its versions). */
export function coveredByMerge(f: Listed, merged: Map<string, Listed>): boolean {
  const m = merged.get(f.meta.device);
  if (!m || m.meta.kind.type !== 'merged' || f.meta.seq >= m.meta.seq) return false;
  return f.meta.kind.type === 'merged' || f.meta.seq >= m.meta.kind.from;
}

/** Other devices' files not applied here yet, whole as listed, in order per device. */
export function unread(ctx: SyncContext, files: Survey): Listed[] {
  const applied = new Set(ctx.st.applied);
  const merged = latestMerged(files);
  return files.others.filter(
    (f) =>
      f.meta.kind.type !== 'snapshot' &&
      !applied.has(f.name) &&
      f.meta.seq > (ctx.st.cover[f.meta.device] ?? -1) &&
      wholeSize(f) &&
      !coveredByMerge(f, merged),
  );
}

/**
 * A file of another device, read and checked: its bytes must be the size and hash its name says
 * (else a fix marker tells its writer to publish it again), and decode to what the name says.
 * Null when it is gone (its writer retired it).
 */
export async function readListed(
  ctx: SyncContext,
  f: Listed,
  files: Survey,
): Promise<DecodedSegment | null> {
  const whole = async (b: Uint8Array) =>
    b.length === f.meta.size && (await contentHash(ctx.crypto, b)) === f.meta.hash;
  let bytes = await ctx.remote.read(f.name, MAX_FILE_BYTES);
  // Cut short on the way (a proxy, a dropped connection answered as complete): read once more.
  if (bytes && !(await whole(bytes))) bytes = await ctx.remote.read(f.name, MAX_FILE_BYTES);
  if (!bytes) return null;
  if (!(await whole(bytes))) {
    if (!files.marked.has(f.name)) {
      await ctx.remote.write(fixMarkerFor(f.name), new TextEncoder().encode('x'));
      files.marked.add(f.name);
    }
    throw new SyncError('damaged', `${f.name} is not what its writer wrote`);
  }
  const segment = await decodeSegment(ctx.codec, bytes, f.name);
  if (segment.device !== f.meta.device || segment.seq !== f.meta.seq) {
    throw new SyncError('damaged', `${f.name} is not where it belongs`);
  }
  if (ctx.validate) {
    const bad = segment.versions.find((v) => v.value !== null && !ctx.validate!(v.key, v.value));
    if (bad) throw new SyncError('damaged', `${f.name} holds a record this library cannot keep`);
  }
  return segment;
}

/**
 * Apply the files other devices wrote since the last sync. Versions merge the same in any order,
 * so a damaged file stops nothing: it is skipped (and reported), the rest is applied. Each file
 * applied is recorded at once, so an interrupted sync resumes. Returns the problems met.
 */
export async function downloadAll(ctx: SyncContext, files: Survey): Promise<SyncError[]> {
  const problems: SyncError[] = [];
  const todo = unread(ctx, files);
  let done = 0;
  for (const f of todo) {
    ctx.onProgress?.({ phase: 'download', done, total: todo.length });
    if (ctx.report.bytesDown + f.meta.size > MAX_RUN_BYTES) {
      throw new SyncError('budget', 'this sync has read as much as one sync may');
    }
    let segment: DecodedSegment | null;
    try {
      segment = await readListed(ctx, f, files);
    } catch (e) {
      const err = toSyncError(e);
      if (err.code !== 'damaged') throw err;
      problems.push(err);
      continue;
    }
    if (segment) ctx.report.downloaded += await ctx.work.applyVersions(segment.versions);
    ctx.st.applied.push(f.name);
    await ctx.saveState();
    done++;
  }
  if (todo.length) ctx.onProgress?.({ phase: 'download', done, total: todo.length });
  const waiting = [...ctx.work.metas.values()].filter((m) => m.sibs.length > 1).map((m) => m.key);
  await ctx.work.settle(waiting);
  return problems;
}
