/** The export file's name for itself and its versions (plain values: writing a file needs no schema). */
export const EXPORT_FORMAT = 'ai-news-annotator';
/**
 * The newest file version this code reads and writes. Version 1: no tags. Version 2: articles
 * may carry the reader's own `tags` (present only when not empty). Version 3: highlights may
 * carry `tags` too. An export is written in the oldest version that holds it (1 when nothing has
 * tags, 2 when only articles do), so those files stay readable by earlier releases. Files of
 * every version still import.
 */
export const EXPORT_VERSION = 3;
/** The versions import accepts. */
export const EXPORT_VERSIONS = [1, 2, 3] as const;
export type ExportVersion = (typeof EXPORT_VERSIONS)[number];
