import type { DBSchema, IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import type { Link, SavedArticle, StoredHighlight } from '../schemas';

/** What the articles store holds of a saved article: everything but its body. */
export type ArticleHead = Omit<SavedArticle, 'bodyText'>;

/** What the bodies store holds of a saved article. */
export interface ArticleBody {
  url: string;
  text: string;
}

/** What a tombstone records: a deletion of one record (`tombstones.ts`). */
export type TombstoneKind = 'article' | 'highlight' | 'link';

export interface Tombstone {
  /** `<kind>:<id>` — the store's key. */
  key: string;
  kind: TombstoneKind;
  /** The url of an article or link, the id of a highlight. */
  id: string;
  deletedAt: string;
}

export const DB_NAME = 'ai-news-annotator';

/** The stores of the current database version and the value each holds. */
export interface AnnotatorSchema extends DBSchema {
  /** Saved articles without their body text (version 4 on; before, bodies were kept here too). */
  articles: { key: string; value: ArticleHead; indexes: { savedAt: string } };
  /** Each saved article's body text (version 4), apart so that lists never read bodies. */
  bodies: { key: string; value: ArticleBody };
  highlights: { key: string; value: StoredHighlight; indexes: { articleUrl: string } };
  /** `fromArticles` is a multi-entry index: one entry per article that lists the link. */
  links: { key: string; value: Link; indexes: { fromArticles: string } };
  /** What the reader deleted, and when (version 2): what sync needs to pass deletions on. */
  tombstones: { key: string; value: Tombstone; indexes: { deletedAt: string } };
  /** Sync's bookkeeping of each synced record (version 3), keyed like sync's records. */
  sync: { key: string; value: SyncBookkeeping };
}

/** What the sync store holds: sync's own record of one synced record (`utils/sync/model.ts`). */
export interface SyncBookkeeping {
  readonly key: string;
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
