import type { SyncContext } from './engine';
import { SyncError, toSyncError } from './errors';
import type { StuckAt } from './model';
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

/** What the heads of the devices say at the start of a sync. */
export interface Heads {
  pending: Pending[];
  /** Segments of this device that another device could not read: to be repaired. */
  repairs: number[];
  /** This device's own head is missing or unreadable: to be written again. */
  ownHeadDamaged: boolean;
  problems: SyncError[];
}

/** Damage local to one device's log stops that log only; other errors stop the sync. */
const isLocalToLog = (e: SyncError) => e.code === 'damaged';

/** Read every device's head: what is new, and what others could not read of this device's. */
export async function readHeads(ctx: SyncContext): Promise<Heads> {
  const me = ctx.st.deviceId;
  const names = (await ctx.remote.list(DEVICES_DIR)) ?? [];
  const devices = names.filter((n) => DEVICE_ID_RE.test(n)).sort();
  const heads: Heads = { pending: [], repairs: [], ownHeadDamaged: false, problems: [] };
  for (const device of devices) {
    const path = headPath(device);
    const bytes = await ctx.remote.read(path);
    let head;
    try {
      if (!bytes) throw new SyncError('damaged', `${path} is missing`);
      head = await decodeHead(ctx.codec, bytes, path);
    } catch (e) {
      const err = toSyncError(e);
      if (!isLocalToLog(err)) throw err;
      if (device === me) heads.ownHeadDamaged = true;
      else if (bytes) heads.problems.push(err); // no head yet: nothing written yet
      continue;
    }
    if (device === me) {
      heads.ownHeadDamaged = head.seq !== ctx.st.headSeq;
      continue;
    }
    for (const s of head.stuck) if (s.device === me) heads.repairs.push(s.seq);
    const from = (ctx.st.cursors[device] ?? -1) + 1;
    if (head.seq >= from) heads.pending.push({ device, from, to: head.seq });
  }
  return heads;
}

/**
 * Apply the segments other devices wrote since the last sync, in order per device; the cursor of
 * each device is saved after each segment. A damaged file stops that device's log there (nothing
 * of it is applied; this device's head tells its writer, who repairs it), the others go on; the
 * problems are returned.
 */
export async function downloadAll(ctx: SyncContext, heads: Heads): Promise<SyncError[]> {
  const problems = [...heads.problems];
  const stuck: StuckAt[] = [];
  const total = heads.pending.reduce((n, p) => n + p.to - p.from + 1, 0);
  let done = 0;
  for (const p of heads.pending) {
    for (let seq = p.from; seq <= p.to; seq++) {
      ctx.onProgress?.({ phase: 'download', done, total });
      try {
        await applySegment(ctx, p.device, seq);
      } catch (e) {
        const err = toSyncError(e);
        if (!isLocalToLog(err)) throw err;
        problems.push(err);
        stuck.push({ device: p.device, seq });
        break;
      }
      done++;
    }
  }
  if (total) ctx.onProgress?.({ phase: 'download', done, total });
  const waiting = [...ctx.work.metas.values()].filter((m) => m.sibs.length > 1).map((m) => m.key);
  await ctx.work.settle(waiting);
  ctx.st.stuck = stuck;
  await ctx.saveState();
  return problems;
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
