import type { DBSchema, IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import type { Link, SavedArticle, StoredHighlight } from '../schemas';
import type { GramBucket } from '../search/postings';

/** What the articles store holds of a saved article: everything but its body. */
export type ArticleHead = Omit<SavedArticle, 'bodyText'>;

/** What the bodies store holds of a saved article. */
export interface ArticleBody {
  url: string;
  text: string;
}

/** One bucket of one segment of the kept body index. */
export interface StoredGrams extends GramBucket {
  seg: number;
}

/** One segment of the kept body index: the bodies it indexed, in order. Never changed once written. */
export interface BodySegment {
  /** Unique for good (never reused, even after the index is cleared): views may keep `urls`. */
  seg: number;
  /** Text `i` of the segment's grams is the body of `urls[i]`. */
  urls: string[];
}

/** The texts of a segment that are no longer the article's body (changed or deleted since). */
export interface DeadTexts {
  seg: number;
  dead: number[];
}

/** Where the kept body index holds an article's current body. */
export interface IndexedBody {
  url: string;
  seg: number;
  doc: number;
}

/** An article whose body changed since the body index last read it. */
export interface QueuedBody {
  url: string;
  /** Drawn at each change: the indexer drops the entry only if it is the one it read. */
  token: number;
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

/** The kept body index's stores (`body-index.ts`). */
export const BODY_INDEX_STORES = [
  'bodyGrams',
  'bodySegments',
  'bodyDead',
  'searchDocs',
  'searchQueue',
] as const;

/** The stores of the current database version and the value each holds. */
export interface AnnotatorSchema extends DBSchema {
  /** Saved articles without their body text (version 4 on; before, bodies were kept here too). */
  articles: { key: string; value: ArticleHead; indexes: { savedAt: string } };
  /** Each saved article's body text (version 4), apart so that lists never read bodies. */
  bodies: { key: string; value: ArticleBody };
  highlights: { key: string; value: StoredHighlight; indexes: { articleUrl: string } };
  /** `fromArticles` is a multi-entry index: one entry per article that lists the link. */
  links: { key: string; value: Link; indexes: { fromArticles: string } };
  /** The kept body index (version 5): grams by `[bucket, segment]` (`utils/search/postings.ts`). */
  bodyGrams: { key: [number, number]; value: StoredGrams };
  bodySegments: { key: number; value: BodySegment };
  bodyDead: { key: number; value: DeadTexts };
  searchDocs: { key: string; value: IndexedBody };
  /** Bodies changed since they were indexed: searched by reading them until they are. */
  searchQueue: { key: string; value: QueuedBody };
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
