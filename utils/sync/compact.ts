import type { SyncContext } from './context';
import { SyncError, toSyncError } from './errors';
import { MERGE_AFTER, RETIRE_PER_RUN, RETIRE_WITHIN, SNAPSHOT_PART_BYTES } from './limits';
import type { Version } from './model';
import { coveredByMerge, latestMerged, readListed, unread } from './download';
import { chunk, encodeFile, tailSegments } from './upload';
import { wholeSize, type Listed, type Survey } from './survey';

/*
 * Compaction: when a device's merged file would grow past TAIL_BYTES, it writes its whole state
 * (every current version it holds, its own and others') as a snapshot, in parts, and retires its
 * older files (deleted a few per sync). The snapshot says, per device, up to which file it
 * includes (`cover`), so a reader that uses it skips those files. Only a file's writer deletes it.
 */

/** Per device, the last seq such that every whole file of it up to there is applied here. */
function coverNow(ctx: SyncContext, files: Survey): Record<string, number> {
  const applied = new Set(ctx.st.applied);
  const cover: Record<string, number> = { ...ctx.st.cover };
  const stopped = new Set<string>();
  const merged = latestMerged(files);
  for (const f of files.others) {
    const dev = f.meta.device;
    if (f.meta.kind.type === 'snapshot' || !wholeSize(f) || stopped.has(dev)) continue;
    const m = cover[dev] ?? -1;
    if (f.meta.seq <= m) continue;
    const viaMerge = coveredByMerge(f, merged) && applied.has(merged.get(dev)!.name);
    if (applied.has(f.name) || viaMerge) cover[dev] = f.meta.seq;
    else stopped.add(dev);
  }
  cover[ctx.st.deviceId] = ctx.st.nextSeq - 1;
  return cover;
}

/** Every current version this device holds, or null when a record changed during this sync. */
function allVersions(ctx: SyncContext): Version[] | null {
  const out: Version[] = [];
  for (const [key, meta] of ctx.work.metas) {
    for (const sib of meta.sibs) {
      const known = ctx.work.fp(key) === meta.fp ? ctx.work.value(key) : undefined;
      const value = sib.value !== undefined ? sib.value : known;
      if (value === undefined) return null;
      out.push({ key, vv: sib.vv, nvv: sib.nvv, dev: sib.dev, at: sib.at, value });
    }
  }
  return out;
}

/**
 * Write a snapshot when segments piled up that could not be merged (the merged file would be too
 * large), or when asked (a part of the last one was lost); its older files are retired.
 */
export async function compact(ctx: SyncContext, files: Survey, force = false): Promise<boolean> {
  const { st } = ctx;
  if (!force && tailSegments(ctx).length < (ctx.mergeAfter ?? MERGE_AFTER)) return false;
  const versions = allVersions(ctx);
  if (!versions) return false;
  const cover = coverNow(ctx, files);
  const parts = chunk(versions, ctx.segmentBytes ? 2 * ctx.segmentBytes : SNAPSHOT_PART_BYTES);
  if (parts.length === 0) parts.push([]);
  const seq = st.nextSeq;
  // Taken before any part is written: a part that lands unanswered may be read (and its seq
  // counted as included) before this device deletes it, so no later file may take this seq.
  st.nextSeq = seq + 1;
  await ctx.saveState();
  const written: string[] = [];
  for (const [i, part] of parts.entries()) {
    const kind = { type: 'snapshot', part: i + 1, parts: parts.length } as const;
    const file = await encodeFile(ctx, seq, part, kind, cover);
    await ctx.remote.write(file.name, file.bytes);
    written.push(file.name);
  }
  st.retired.push(...st.own);
  st.own = written;
  st.nextSeq = seq + 1;
  st.baseEnd = seq + 1;
  st.tailKeys = [];
  await ctx.saveState();
  return true;
}

/**
 * Delete a few retired files, in a sync that wrote something and only while it stays within
 * RETIRE_WITHIN requests (an idle sync stays at its 1–2, a sync with one change at 4 at most).
 */
export async function retireSome(ctx: SyncContext): Promise<void> {
  if (ctx.report.bytesUp === 0) return;
  for (
    let i = 0;
    i < RETIRE_PER_RUN && ctx.st.retired.length > 0 && ctx.report.requests < RETIRE_WITHIN;
    i++
  ) {
    await ctx.remote.remove(ctx.st.retired[0]!);
    ctx.st.retired.shift();
    await ctx.saveState();
  }
}

/** Each device's latest snapshot whose every part is listed whole. */
function completeSnapshots(files: Survey): Map<string, Listed[]> {
  const groups = new Map<string, Listed[]>();
  for (const f of files.others) {
    if (f.meta.kind.type !== 'snapshot' || !wholeSize(f)) continue;
    const key = `${f.meta.device}\n${f.meta.seq}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const latest = new Map<string, Listed[]>();
  for (const group of groups.values()) {
    const { device, seq, kind } = group[0]!.meta;
    const parts = kind.type === 'snapshot' ? kind.parts : 0;
    const distinct = new Set(group.map((g) => (g.meta.kind as { part: number }).part));
    if (distinct.size !== parts) continue;
    const sorted = group
      .filter((g, i) => group.findIndex((o) => o.name === g.name) === i)
      .sort(
        (a, b) => (a.meta.kind as { part: number }).part - (b.meta.kind as { part: number }).part,
      );
    const current = latest.get(device);
    if (!current || current[0]!.meta.seq < seq) latest.set(device, sorted.slice(0, parts));
  }
  return latest;
}

/**
 * Whether this device should read `device`'s snapshot: some of that device's files it has not
 * applied are gone (retired into the snapshot), or it has applied nothing yet and the snapshot
 * takes fewer requests than the files it includes.
 */
function needs(ctx: SyncContext, files: Survey, device: string, snap: Listed[]): boolean {
  const seq = snap[0]!.meta.seq;
  const known = ctx.st.cover[device] ?? -1;
  if (known >= seq) return false;
  const applied = new Set(ctx.st.applied);
  const listed = new Set(
    files.others
      .filter((f) => f.meta.device === device && f.meta.kind.type === 'segment')
      .map((f) => f.meta.seq),
  );
  const appliedSeqs = new Set(
    files.others.filter((f) => applied.has(f.name)).map((f) => f.meta.seq),
  );
  for (let s = known + 1; s < seq; s++) if (!listed.has(s) && !appliedSeqs.has(s)) return true;
  const fresh = ctx.st.applied.length === 0 && Object.keys(ctx.st.cover).length === 0;
  return fresh && unread(ctx, files).length >= snap.length;
}

/** Read the snapshots this device needs (see `needs`), then skip the files they include. */
export async function readSnapshot(ctx: SyncContext, files: Survey): Promise<void> {
  for (const [device, snap] of completeSnapshots(files)) {
    if (!needs(ctx, files, device, snap)) continue;
    let cover: Record<string, number> | null = null;
    for (const part of snap) {
      let segment;
      try {
        segment = await readListed(ctx, part, files);
        if (segment && !segment.cover) {
          throw new SyncError('damaged', `${part.name} is not a snapshot`);
        }
      } catch (e) {
        if (toSyncError(e).code !== 'damaged') throw e;
        segment = null;
      }
      // A part gone or damaged: the files it includes are read one by one instead.
      if (!segment) {
        cover = null;
        break;
      }
      ctx.report.downloaded += await ctx.work.applyVersions(segment.versions);
      cover = segment.cover;
    }
    if (!cover) continue;
    for (const [dev, seq] of Object.entries(cover)) {
      if (dev === ctx.st.deviceId) continue;
      ctx.st.cover[dev] = Math.max(ctx.st.cover[dev] ?? -1, seq);
    }
    ctx.st.cover[device] = Math.max(ctx.st.cover[device] ?? -1, snap[0]!.meta.seq);
    await ctx.saveState();
  }
}
