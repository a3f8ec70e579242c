import type { SyncContext } from './context';
import { fixMarkerFor, parseName } from './names';
import type { Survey } from './survey';

/*
 * Files readers marked unusable (`x.<name>`). Their writer deletes them and publishes their
 * versions again. A computer that started its bookkeeping afresh cannot: its library may have
 * changed since (a record deleted before the new bookkeeping began is known to no version), so
 * it deletes such a file of its earlier device id but leaves the marker, and publishes a new
 * version of each record holding a version of an earlier id of its own. A marker whose file is
 * gone tells the other devices that whoever wrote it will not publish its versions again: each
 * of them publishes the records it holds versions of that writer for, once per marker.
 */

/**
 * Mend the marked files of this computer's earlier device ids: each is deleted (its marker
 * stays, see above). True when one was, so that the library here is published again.
 */
export async function mendEarlier(ctx: SyncContext, files: Survey): Promise<boolean> {
  let mended = false;
  for (const name of files.marked) {
    const writer = parseName(name)?.device;
    if (!writer || !ctx.st.previous.includes(writer) || !files.entries.has(name)) continue;
    await ctx.remote.remove(name);
    files.entries.delete(name);
    mended = true;
  }
  return mended;
}

/** Markers whose file is gone, not acted on here yet, and the writers of those files. */
export interface Orphans {
  markers: string[];
  writers: Set<string>;
}

/** Marked files deleted by a writer that will not publish them again (see above). */
export function orphans(ctx: SyncContext, files: Survey): Orphans {
  const { st } = ctx;
  const done = new Set(st.applied);
  const out: Orphans = { markers: [], writers: new Set() };
  for (const name of files.marked) {
    const meta = parseName(name);
    const marker = fixMarkerFor(name);
    if (!meta || meta.tag !== ctx.manifest.id || files.entries.has(name) || done.has(marker)) {
      continue;
    }
    if (meta.device === st.deviceId || st.previous.includes(meta.device)) continue;
    out.markers.push(marker);
    out.writers.add(meta.device);
  }
  return out;
}

/** The orphaned writers' records are published: their markers are not acted on again here. */
export async function orphansDone(ctx: SyncContext, found: Orphans): Promise<void> {
  if (found.markers.length === 0) return;
  ctx.st.applied.push(...found.markers);
  await ctx.saveState();
}
