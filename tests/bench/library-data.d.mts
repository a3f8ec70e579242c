import type { ExportFile } from '../../utils/schemas';

export interface LibraryExportOptions {
  now?: number;
  days?: number;
  storyEvery?: number;
  noteEvery?: number;
  highlightEvery?: number;
  seed?: number;
}

/** A version-1 export file of `n` generated articles (see library-data.mjs). */
export function libraryExport(
  n: number,
  options?: LibraryExportOptions,
): Extract<ExportFile, { version: 1 }>;
