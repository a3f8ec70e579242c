import type { Codec } from './codec';
import { SyncError } from './errors';
import { SegmentSchema, SYNC_FORMAT, SYNC_VERSION, VersionSchema, type Version } from './model';

export interface DecodedSegment {
  device: string;
  seq: number;
  cover: Record<string, number> | null;
  versions: Version[];
}

export function refuseNewer(raw: unknown, name: string): void {
  const r = raw as { format?: unknown; version?: unknown } | null;
  if (r?.format === SYNC_FORMAT && typeof r.version === 'number' && r.version > SYNC_VERSION) {
    throw new SyncError('newer-format', `${name} was written by a newer version`);
  }
}

/** A segment (or snapshot part) as written by this extension, or SyncError('damaged'/'newer-format'). */
export async function decodeSegment(
  codec: Codec,
  bytes: Uint8Array,
  name: string,
): Promise<DecodedSegment> {
  const raw = await codec.decode(bytes, name);
  refuseNewer(raw, name);
  const segment = SegmentSchema.safeParse(raw);
  if (!segment.success) throw new SyncError('damaged', `${name} is not a sync segment`);
  const versions: Version[] = [];
  for (const v of segment.data.versions) {
    const parsed = VersionSchema.safeParse(v);
    if (!parsed.success) throw new SyncError('damaged', `${name} holds an unreadable record`);
    versions.push(parsed.data as Version);
  }
  const { device, seq, cover } = segment.data;
  return { device, seq, cover: cover ?? null, versions };
}

export function encodeSegment(
  codec: Codec,
  device: string,
  seq: number,
  versions: Version[],
  cover?: Record<string, number>,
) {
  return codec.encode({
    format: SYNC_FORMAT,
    version: SYNC_VERSION,
    device,
    seq,
    ...(cover ? { cover } : {}),
    versions,
  });
}
