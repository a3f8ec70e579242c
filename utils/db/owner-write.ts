import type { Change } from './changes';
import type { Db } from './schema';

/**
 * The owner's one way to write: run `work` (one transaction of `utils/db`, or of a part of the
 * extension that writes through the owner, as sync does) at `now`; once it has committed, announce
 * what `changed` says it changed.
 */
export type OwnerWrite = <R>(
  work: (db: Db, now: string) => Promise<R>,
  changed: (result: R) => Change,
) => Promise<R>;
