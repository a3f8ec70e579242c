import type { SyncContext } from './engine';
import { SyncError, toSyncError } from './errors';
import {
  decodeHead,
  decodeSegment,
  DEVICE_ID_RE,
  DEVICES_DIR,
  headPath,
  segmentPath,
} from './segments';

interface Pending {
  device: string;
  from: number;
  to: number;
}

/** Damage local to one device's log stops that log only; other errors stop the sync. */
const isLocalToLog = (e: SyncError) => e.code === 'damaged';

/**
 * Apply the segments other devices wrote since the last sync, in order per device; the cursor of
 * each device is saved after each segment. A damaged file stops that device's log there (nothing
 * of it is applied), the others go on; the problems are returned.
 */
export async function downloadAll(ctx: SyncContext): Promise<SyncError[]> {
  const problems: SyncError[] = [];
  const pending = await pendingLogs(ctx, problems);
  const total = pending.reduce((n, p) => n + p.to - p.from + 1, 0);
  let done = 0;
  for (const p of pending) {
    for (let seq = p.from; seq <= p.to; seq++) {
      ctx.onProgress?.({ phase: 'download', done, total });
      try {
        await applySegment(ctx, p.device, seq);
      } catch (e) {
        const err = toSyncError(e);
        if (!isLocalToLog(err)) throw err;
        problems.push(err);
        break;
      }
      done++;
    }
  }
  if (total) ctx.onProgress?.({ phase: 'download', done, total });
  const waiting = [...ctx.work.metas.values()].filter((m) => m.sibs.length > 1).map((m) => m.key);
  await ctx.work.settle(waiting);
  return problems;
}

async function pendingLogs(ctx: SyncContext, problems: SyncError[]): Promise<Pending[]> {
  const names = (await ctx.remote.list(DEVICES_DIR)) ?? [];
  const devices = names.filter((n) => DEVICE_ID_RE.test(n) && n !== ctx.st.deviceId).sort();
  const pending: Pending[] = [];
  for (const device of devices) {
    const bytes = await ctx.remote.read(headPath(device));
    if (!bytes) continue; // nothing written yet
    let last: number;
    try {
      last = await decodeHead(ctx.codec, bytes, headPath(device));
    } catch (e) {
      const err = toSyncError(e);
      if (!isLocalToLog(err)) throw err;
      problems.push(err);
      continue;
    }
    const from = (ctx.st.cursors[device] ?? -1) + 1;
    if (last >= from) pending.push({ device, from, to: last });
  }
  return pending;
}

async function applySegment(ctx: SyncContext, device: string, seq: number): Promise<void> {
  const path = segmentPath(device, seq, ctx.codec.ext);
  const bytes = await ctx.remote.read(path);
  if (!bytes) throw new SyncError('damaged', `${path} is missing`);
  const segment = await decodeSegment(ctx.codec, bytes, path);
  if (segment.device !== device || segment.seq !== seq) {
    throw new SyncError('damaged', `${path} is not where it belongs`);
  }
  if (ctx.validate) {
    const bad = segment.versions.find((v) => v.value !== null && !ctx.validate!(v.key, v.value));
    if (bad) throw new SyncError('damaged', `${path} holds a record this library cannot keep`);
  }
  ctx.report.downloaded += await ctx.work.applyVersions(segment.versions);
  ctx.st.cursors[device] = seq;
  await ctx.saveState();
}
