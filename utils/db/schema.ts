import type { DBSchema, IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import type { Link, SavedArticle, StoredHighlight } from '../schemas';

export const DB_NAME = 'ai-news-annotator';

/** The stores of the current database version and the value each holds. */
export interface AnnotatorSchema extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { savedAt: string } };
  highlights: { key: string; value: StoredHighlight; indexes: { articleUrl: string } };
  /** `fromArticles` is a multi-entry index: one entry per article that lists the link. */
  links: { key: string; value: Link; indexes: { fromArticles: string } };
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
