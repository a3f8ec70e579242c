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
  listRecent,
  listRecentCards,
  countArticles,
  type ArticleCard,
} from './cards';
export { forEachArticleBody, readBodies } from './bodies';
export {
  forEachHead,
  forEachSearchText,
  listSavedUrls,
  readSearchTexts,
  readTitles,
} from './saved-list';
export { indexNextSegment, lookupBodies, SEGMENT_MIN, type BodyLookup } from './body-index';
export {
  addHighlight,
  countHighlights,
  deleteHighlight,
  getHighlight,
  listAllHighlights,
  listHighlights,
  updateHighlight,
  type HighlightPatch,
} from './highlights';
export {
  listLinks,
  listLinksFrom,
  listLinksOf,
  setLinkForLater,
  setLinkRead,
  type LinkFilter,
} from './links';
export { mergeLink, type LinkPrecedence } from './link-merge';
export { exportAll, wipe, type ExportData } from './transfer';
export { importFile, mergeImportedLink, type ImportResult, type MergeCounts } from './import-merge';
export {
  dropStagedFile,
  readStagedFile,
  stageFile,
  STAGED_MAX_AGE_MS,
  STAGING_DB_NAME,
} from './staging';
export { change, EVERYTHING, touchesArticle, type Change } from './changes';
export { bury, tombstoneKey, unbury, type Tombstone, type TombstoneKind } from './tombstones';
// For the parts that keep their own records of the library (sync): its stores and transactions.
export { ARTICLE_STORES, readerOf, writerOf, type ArticleWriter } from './article-store';
export { inTransaction } from './tx';
export type { WritableStore } from './schema';
export { createOwner, type Owner, type OwnerDeps } from './owner';
export type { OwnerWrite } from './owner-write';
