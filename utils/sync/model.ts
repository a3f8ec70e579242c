import { z } from 'zod';
import type { VersionVector } from './vv';

/**
 * What sync moves: one record of the library under a key of its kind (`article:<url>`,
 * `highlight:<id>`, `link:<url>`), as the local store keeps it. Notes live in `note`.
 */
export type RecordValue = Readonly<Record<string, unknown>> & {
  readonly note?: string;
  readonly updatedAt?: string;
};

const Vector = z.record(z.string().min(1).max(64), z.number().int().positive());

/** One edit of one record by one device; `value: null` is a deletion (a tombstone). */
export const VersionSchema = z.strictObject({
  key: z.string().min(1).max(4200),
  /** Every edit of this record the device had seen, its own included. */
  vv: Vector,
  /** The version vector of the last edit of the note this version carries. */
  nvv: Vector,
  dev: z.string().min(1).max(64),
  /** When the edit was made (the record's updatedAt, or the sync time for a deletion). */
  at: z.string().max(40),
  value: z.record(z.string(), z.unknown()).nullable(),
});
export interface Version {
  readonly key: string;
  readonly vv: VersionVector;
  readonly nvv: VersionVector;
  readonly dev: string;
  readonly at: string;
  readonly value: RecordValue | null;
}

/**
 * A version kept in the local bookkeeping. `value` is left out when it is the local record itself
 * (the usual case: one version, applied); it is kept when concurrent versions are waiting side by
 * side or could not be applied yet.
 */
export interface Sibling extends Omit<Version, 'key' | 'value'> {
  readonly value?: RecordValue | null;
}

/** Local bookkeeping of one record: what the remote knows, and what the local record reflects. */
export interface SyncMeta {
  readonly key: string;
  /** The current versions of the record: none covers another. */
  readonly sibs: readonly Sibling[];
  /** The versions the local record reflects (joined). */
  readonly lvv: VersionVector;
  /** The note versions the local record's note reflects (joined). */
  readonly lnvv: VersionVector;
  /** Fingerprint of the local record as last synced; null when it was absent. */
  readonly fp: string | null;
  /** Fingerprint of its note as last synced. */
  readonly nfp: string;
}

export const SYNC_FORMAT = 'ai-news-annotator-sync';
/**
 * The remote format this version reads and writes. A remote of a higher version is refused.
 * 1: a log per device under `devices/<id>/` with `head.json` (create-only PUTs); 2: the files of
 * every device side by side in the sync folder, found by listing it (see `names.ts`).
 */
export const SYNC_VERSION = 2;

const CoverSchema = z.record(z.string().min(1).max(64), z.number().int().min(-1));

export const SegmentSchema = z.object({
  format: z.literal(SYNC_FORMAT),
  version: z.number().int().positive(),
  device: z.string().min(1).max(64),
  seq: z.number().int().nonnegative(),
  /** In a snapshot: per device, the last of its files the snapshot's versions include. */
  cover: CoverSchema.optional(),
  versions: z.array(z.unknown()),
});
export type Segment = z.infer<typeof SegmentSchema>;
