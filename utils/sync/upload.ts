import { commitOwn, localEdit } from './book';
import type { SyncContext } from './engine';
import { SyncError } from './errors';
import type { Version } from './model';
import {
  decodeSegment,
  DEVICES_DIR,
  deviceDir,
  encodeHead,
  encodeSegment,
  headPath,
  segmentPath,
} from './segments';

/** Default largest segment: big enough for few requests, small enough to resume often. */
export const SEGMENT_BYTES = 512 * 1024;
/** How often an upload starts over after finding that an earlier attempt had been written. */
const MAX_RESTARTS = 5;

/**
 * This device's changes since the last sync, as new versions; with `republish`, also its current
 * versions of every other record (they are in the log already: `republished` marks them).
 */
function ownVersions(ctx: SyncContext, republish: boolean, republished: Set<Version>): Version[] {
  const out: Version[] = [];
  const now = ctx.now();
  const me = ctx.st.deviceId;
  for (const key of ctx.work.keys()) {
    const meta = ctx.work.metas.get(key);
    const v = localEdit(meta, key, ctx.work.value(key), ctx.work.fp(key), me, now);
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

/**
 * Another device could not read some of this device's segments (damaged on the server): each is
 * replaced by an empty one, and this device's current versions are published again after them.
 * Returns whether anything was repaired.
 */
async function repairSegments(ctx: SyncContext, seqs: number[]): Promise<boolean> {
  let repaired = false;
  for (const seq of [...new Set(seqs)].sort((a, b) => a - b)) {
    if (seq >= ctx.st.nextSeq) continue;
    const path = segmentPath(ctx.st.deviceId, seq, ctx.codec.ext);
    const bytes = await ctx.remote.read(path);
    const fine = bytes ? await decodeSegment(ctx.codec, bytes, path).catch(() => null) : null;
    if (fine && fine.device === ctx.st.deviceId && fine.seq === seq) continue;
    await ctx.remote.write(path, await encodeSegment(ctx.codec, ctx.st.deviceId, seq, []));
    repaired = true;
  }
  return repaired;
}

function chunk(versions: Version[], maxBytes: number): Version[][] {
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

/**
 * Publish this device's changes, one segment at a time; after each, the bookkeeping records it,
 * so an interrupted upload resumes with what is left.
 */
export async function uploadAll(ctx: SyncContext, repairs: number[] = []): Promise<void> {
  const republish = await repairSegments(ctx, repairs);
  for (let restart = 0; restart < MAX_RESTARTS; restart++) {
    const republished = new Set<Version>();
    const chunks = chunk(
      ownVersions(ctx, republish, republished),
      ctx.segmentBytes ?? SEGMENT_BYTES,
    );
    const total = chunks.reduce((n, c) => n + c.length, 0);
    let done = 0;
    let absorbed = false;
    for (const versions of chunks) {
      ctx.onProgress?.({ phase: 'upload', done, total });
      if ((await writeSegment(ctx, versions)) === 'absorbed') {
        absorbed = true;
        break;
      }
      const fresh = versions.filter((v) => !republished.has(v));
      await ctx.work.putMetas(fresh.map((v) => commitOwn(ctx.work.metas.get(v.key), v)));
      ctx.st.nextSeq++;
      await ctx.saveState();
      done += versions.length;
      ctx.report.uploaded += versions.length;
    }
    if (absorbed) continue;
    if (total) ctx.onProgress?.({ phase: 'upload', done, total });
    await writeHead(ctx, false);
    return;
  }
  throw new SyncError('busy', 'this device’s log kept changing while it was written');
}

async function writeSegment(
  ctx: SyncContext,
  versions: Version[],
): Promise<'written' | 'absorbed'> {
  const { remote, codec, st } = ctx;
  const seq = st.nextSeq;
  const path = segmentPath(st.deviceId, seq, codec.ext);
  if (seq === 0 || st.headSeq < 0) {
    await remote.makeDir(DEVICES_DIR);
    await remote.makeDir(deviceDir(st.deviceId));
  }
  const bytes = await encodeSegment(codec, st.deviceId, seq, versions);
  if ((await remote.write(path, bytes, { create: true })) === 'written') return 'written';
  // The file is there: an earlier attempt was written though this device never heard back.
  const existing = await remote.read(path);
  const earlier = existing ? await decodeSegment(codec, existing, path).catch(() => null) : null;
  if (earlier && earlier.device === st.deviceId && earlier.seq === seq) {
    await ctx.work.putMetas(earlier.versions.map((v) => commitOwn(ctx.work.metas.get(v.key), v)));
    st.nextSeq = seq + 1;
    await ctx.saveState();
    return 'absorbed';
  }
  // Damaged (cut off mid-upload): nobody applied it, since devices stop at a damaged file.
  await remote.write(path, bytes);
  return 'written';
}

/**
 * Tell other devices how far this device's log goes (after its segments are written) and which
 * of their files it could not read. Written when either changed, or when `force`d.
 */
export async function writeHead(ctx: SyncContext, force: boolean): Promise<void> {
  const { st } = ctx;
  const last = st.nextSeq - 1;
  const stuck = JSON.stringify(st.stuck);
  if (!force && st.headSeq === last && st.headStuck === stuck) return;
  if (last < 0 && st.stuck.length === 0) return;
  if (st.headSeq < 0) {
    await ctx.remote.makeDir(DEVICES_DIR);
    await ctx.remote.makeDir(deviceDir(st.deviceId));
  }
  await ctx.remote.write(headPath(st.deviceId), await encodeHead(ctx.codec, last, st.stuck));
  st.headSeq = last;
  st.headStuck = stuck;
  await ctx.saveState();
}
