/*
 * Every limit sync works within, in one place. The figures follow what readers' servers allow:
 * 坚果云's free accounts answer about 600 requests per 30 minutes, so ten computers syncing the
 * same folder must stay under 60 each.
 */

/** One request may take this long before it is given up (plus time for its body, below). */
export const REQUEST_TIMEOUT_MS = 20_000;
/** Extra time per byte sent or received: 64 KiB/s, a slow home uplink. */
export const TIMEOUT_MS_PER_BYTE = 1000 / (64 * 1024);
/** Attempts of one request answered 429 / 503 / 423 (or cut off, for reads). */
export const MAX_ATTEMPTS = 3;
/** Backoff before the 2nd and 3rd attempt when the server names no `Retry-After`. */
export const BACKOFF_MS = [2_000, 8_000];
/** A `Retry-After` longer than this ends the run instead (the next automatic sync comes later). */
export const MAX_RETRY_AFTER_MS = 30_000;

/** Requests one sync may make; what is left waits for the next sync (it resumes). */
export const RUN_REQUEST_BUDGET = 60;
/** Requests per device in any 30-minute window: 10 computers × 60 < 坚果云's free 600. */
export const WINDOW_REQUEST_BUDGET = 60;
export const BUDGET_WINDOW_MS = 30 * 60_000;

/** Largest file read (a segment or snapshot part, encrypted or not). */
export const MAX_FILE_BYTES = 24 * 1024 * 1024;
/** Largest folder listing read (PROPFIND). */
export const MAX_LISTING_BYTES = 8 * 1024 * 1024;
/** Bytes one sync may read in all; what is left waits for the next sync. */
export const MAX_RUN_BYTES = 256 * 1024 * 1024;
/** Largest manifest read. */
export const MAX_MANIFEST_BYTES = 16 * 1024;
/** Devices whose files are read; files of more devices are ignored. */
export const MAX_DEVICES = 64;
/** Files in the sync folder that are looked at. */
export const MAX_LISTED_FILES = 20_000;

/** Largest segment written, in bytes of JSON before encryption. */
export const SEGMENT_BYTES = 4 * 1024 * 1024;
/**
 * After this many segments since its base (first upload or snapshot), a device writes its next
 * changes together with every version it published since the base as one merged file, which
 * replaces those segments: a new computer reads the base and one merged file, not the history.
 */
export const MERGE_AFTER = 8;
/**
 * A merged file larger than this (JSON bytes) is replaced by a new snapshot instead. Larger means
 * fewer snapshots (each rewrites the library) but larger merged files every MERGE_AFTER changes.
 */
export const TAIL_BYTES = 1024 * 1024;
/** Largest snapshot part: twice a segment, so a snapshot takes fewer reads than a first upload. */
export const SNAPSHOT_PART_BYTES = 2 * SEGMENT_BYTES;
/** Retired files deleted per sync that wrote something (so a sync stays within 4 requests). */
export const RETIRE_PER_RUN = 2;
/** …and only while the sync has made fewer requests than this. */
export const RETIRE_WITHIN = 4;

/** PBKDF2 iterations: for a new remote, and the range accepted from a manifest. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PBKDF2_ITERATIONS = 100_000;
export const MAX_PBKDF2_ITERATIONS = 2_000_000;
