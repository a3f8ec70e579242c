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

/** This device's changes since the last sync, as new versions. */
function ownVersions(ctx: SyncContext): Version[] {
  const out: Version[] = [];
  const now = ctx.now();
  for (const key of ctx.work.keys()) {
    const v = localEdit(
      ctx.work.metas.get(key),
      key,
      ctx.work.value(key),
      ctx.work.fp(key),
      ctx.st.deviceId,
      now,
    );
    if (v) out.push(v);
  }
  return out;
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
export async function uploadAll(ctx: SyncContext): Promise<void> {
  for (let restart = 0; restart < MAX_RESTARTS; restart++) {
    const chunks = chunk(ownVersions(ctx), ctx.segmentBytes ?? SEGMENT_BYTES);
    const total = chunks.reduce((n, c) => n + c.length, 0);
    let done = 0;
    let absorbed = false;
    for (const versions of chunks) {
      ctx.onProgress?.({ phase: 'upload', done, total });
      if ((await writeSegment(ctx, versions)) === 'absorbed') {
        absorbed = true;
        break;
      }
      await ctx.work.putMetas(versions.map((v) => commitOwn(ctx.work.metas.get(v.key), v)));
      ctx.st.nextSeq++;
      await ctx.saveState();
      done += versions.length;
      ctx.report.uploaded += versions.length;
    }
    if (absorbed) continue;
    if (total) ctx.onProgress?.({ phase: 'upload', done, total });
    await writeHead(ctx);
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

/** Tell other devices how far this device's log goes (after its segments are written). */
async function writeHead(ctx: SyncContext): Promise<void> {
  const { st } = ctx;
  const last = st.nextSeq - 1;
  if (last < 0 || st.headSeq === last) return;
  await ctx.remote.write(headPath(st.deviceId), await encodeHead(ctx.codec, last));
  st.headSeq = last;
  await ctx.saveState();
}
