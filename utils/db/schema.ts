import type { DBSchema, IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import type { Link, SavedArticle, StoredHighlight } from '../schemas';
import type { SyncMeta } from '../sync/model';
import type { Tombstone } from './tombstones';

export const DB_NAME = 'ai-news-annotator';

/** The stores of the current database version and the value each holds. */
export interface AnnotatorSchema extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { savedAt: string } };
  highlights: { key: string; value: StoredHighlight; indexes: { articleUrl: string } };
  /** `fromArticles` is a multi-entry index: one entry per article that lists the link. */
  links: { key: string; value: Link; indexes: { fromArticles: string } };
  /** What the reader deleted, and when (version 2): what sync needs to pass deletions on. */
  tombstones: { key: string; value: Tombstone; indexes: { deletedAt: string } };
  /** Sync's bookkeeping of each synced record (version 3), keyed like sync's records. */
  sync: { key: string; value: SyncMeta };
}

export type Db = IDBPDatabase<AnnotatorSchema>;
export type StoreName = StoreNames<AnnotatorSchema>;

/** A store inside a read-write transaction, whatever other stores the transaction covers. */
export type WritableStore<N extends StoreName> = IDBPObjectStore<
  AnnotatorSchema,
  ArrayLike<StoreName>,
  N,
  'readwrite'
>;
