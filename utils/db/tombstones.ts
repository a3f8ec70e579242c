import type { Tombstone, TombstoneKind, WritableStore } from './schema';

export type { Tombstone, TombstoneKind };

/*
 * A deletion leaves a tombstone: the kind and key of what was deleted and when. Local views never
 * read them; sync passes them to the reader's other computers, so that a deletion travels like an
 * edit and an older copy elsewhere cannot bring the record back unnoticed. Saving or restoring the
 * same record removes its tombstone (the newer act wins). Wiping the library is a local reset and
 * clears them too.
 */
export const tombstoneKey = (kind: TombstoneKind, id: string) => `${kind}:${id}`;

type Tombstones = WritableStore<'tombstones'>;

/** Record the deletion of `ids` (one kind) at `now`. */
export function bury(
  store: Tombstones,
  kind: TombstoneKind,
  ids: readonly string[],
  now: string,
): Promise<unknown> {
  return Promise.all(
    ids.map((id) => store.put({ key: tombstoneKey(kind, id), kind, id, deletedAt: now })),
  );
}

/** Forget the deletion of `ids`: they exist again. */
export function unbury(
  store: Tombstones,
  kind: TombstoneKind,
  ids: readonly string[],
): Promise<unknown> {
  return Promise.all(ids.map((id) => store.delete(tombstoneKey(kind, id))));
}
