/**
 * What the benchmarks evaluate inside pages: the project's own modules, bundled by
 * `benchBundle()` (tests/bench/harness.mjs) into a script that defines `globalThis.__bench`.
 */
import '../../utils/zod-config'; // must run before any module below builds its zod schemas

export { extractArticle } from '../../utils/extract';
export { anchorAll, anchorWithMethod, describe } from '../../utils/anchor';
export {
  exportAll,
  importFile,
  indexNextSegment,
  listArticleCards,
  listSavedUrls,
  lookupBodies,
  openDb,
  SEGMENT_MIN,
  stageFile,
  wipe,
} from '../../utils/db';
export { importInBackground } from '../../utils/transfer/import-client';
export { bodySnippets, findSaved } from '../../utils/popup/saved-search';
export { buildExportFile, parseImport, serializeExport } from '../../utils/export';
export { buildSearchIndex, queryTerms, searchCards } from '../../utils/search';
export { toStoryDoc } from '../../utils/clusters/story-of';
