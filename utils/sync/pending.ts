import { commitOwn, passCounter } from './book';
import type { SyncContext } from './context';
import { contentHash } from './names';
import { decodeSegment } from './segments';
import { wholeSize, type Listed, type Survey } from './survey';
import { adoptMerged, adoptSegment } from './upload';

/**
 * The file an earlier sync was writing when its answer never came: if it is there whole, its
 * versions are recorded as published; if a cut-off or damaged copy of it is there, it is deleted
 * (nobody uses it: its size or hash is not the one its name says) and the versions are published
 * again, under the next seq.
 */
export async function settlePending(ctx: SyncContext, files: Survey): Promise<void> {
  const { st } = ctx;
  const p = st.pending;
  if (!p) return;
  const listed = files.mine.find((f) => f.name === p.name);
  if (listed) {
    if (!(await adoptPending(ctx, listed))) {
      await ctx.remote.remove(p.name);
      // A reader may have read it before it was damaged: its versions' counters are passed.
      const unsent = ctx.work
        .keys()
        .filter((k) => ctx.work.fp(k) !== (ctx.work.metas.get(k)?.fp ?? null));
      await ctx.work.putMetas(
        unsent.map((k) => passCounter(ctx.work.metas.get(k), k, st.deviceId)),
      );
    }
    // A name that was listed is never written again: a reader that found the file gone took it
    // for retired, and the same versions written again would have the same name.
    st.nextSeq = Math.max(st.nextSeq, p.seq + 1);
  }
  st.pending = null;
  await ctx.saveState();
}

/** The pending file, listed: recorded as published when it is whole and its hash matches. */
async function adoptPending(ctx: SyncContext, listed: Listed): Promise<boolean> {
  if (!wholeSize(listed)) return false;
  const bytes = await ctx.remote.read(listed.name);
  if (!bytes || (await contentHash(ctx.crypto, bytes)) !== listed.meta.hash) return false;
  const segment = await decodeSegment(ctx.codec, bytes, listed.name);
  await ctx.work.putMetas(segment.versions.map((v) => commitOwn(ctx.work.metas.get(v.key), v)));
  if (listed.meta.kind.type === 'merged') adoptMerged(ctx, listed.name, segment.versions);
  else adoptSegment(ctx, listed.name, segment.versions);
  return true;
}
