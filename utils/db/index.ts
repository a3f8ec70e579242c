/** The extension's local database: the only code that opens IndexedDB. */
export { DbError, toDbError, type DbErrorCode, type DbErrorReason } from './errors';
export { DB_NAME, type AnnotatorSchema, type Db } from './schema';
export { DB_VERSION } from './migrations';
export {
  BLOCKED_TIMEOUT_MS,
  createDbAccessor,
  openDb,
  type DbAccessor,
  type OpenOptions,
} from './open';
export {
  getArticle,
  saveArticle,
  saveArticleWithHighlight,
  setArticleNote,
  type SaveResult,
  type SaveWithHighlightResult,
} from './articles';
export { applyTagEdit, editTags, renameTags, setArticleTags, type TagEdit } from './tags';
export {
  deleteArticle,
  deleteArticles,
  restoreArticle,
  restoreArticles,
  type DeletedArticle,
} from './removal';
export {
  listArticleCards,
  listCardsOf,
  listRecentCards,
  countArticles,
  type ArticleCard,
} from './cards';
export { forEachArticleBody } from './bodies';
export {
  addHighlight,
  countHighlights,
  deleteHighlight,
  getHighlight,
  listHighlights,
  updateHighlight,
  type HighlightPatch,
} from './highlights';
export { listLinks, listLinksOf, setLinkForLater, setLinkRead, type LinkFilter } from './links';
export { mergeLink, type LinkPrecedence } from './link-merge';
export {
  exportAll,
  importFile,
  mergeImportedLink,
  wipe,
  type ExportData,
  type ImportResult,
  type MergeCounts,
} from './transfer';
export { change, EVERYTHING, touchesArticle, type Change } from './changes';
export { createOwner, type Owner, type OwnerDeps } from './owner';
export { tombstoneKey, type Tombstone, type TombstoneKind } from './tombstones';
export {
  applySyncPlans,
  clearSyncMetas,
  putSyncMetas,
  readSyncMetas,
  readSyncRecords,
  type SyncApplied,
} from './sync-store';
