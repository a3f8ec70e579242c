import {
  EXPORT_MIME,
  buildExportFile,
  buildMarkdown,
  buildWebAnnotations,
  exportFileName,
  markdownLabels,
  serializeExport,
  serializeWebAnnotations,
  type ExportData,
  type ExportKind,
} from '../export';
import { formatNumber, t } from '../i18n';
import type { Highlight, Link, SavedArticle } from '../schemas/records';

export interface ExportDownload {
  fileName: string;
  text: string;
  mime: string;
}

/** The file to offer for `data` as JSON, Markdown or W3C Web Annotation JSON-LD. */
export function exportDownload(
  data: ExportData,
  kind: ExportKind,
  now: Date,
  slug?: string,
): ExportDownload {
  const text =
    kind === 'json'
      ? serializeExport(buildExportFile(data, { now }))
      : kind === 'md'
        ? buildMarkdown(data, { now, labels: markdownLabels(t, formatNumber) })
        : serializeWebAnnotations(buildWebAnnotations(data, { now }));
  return { fileName: exportFileName(now, kind, slug), text, mime: EXPORT_MIME[kind] };
}

/**
 * The export data of one article: the article, its highlights, and the links it lists (as listed
 * by this article alone, so the file stands on its own).
 */
export function articleExportData(
  article: SavedArticle,
  highlights: Highlight[],
  links: Link[],
): ExportData {
  return {
    articles: [{ ...article, highlights }],
    links: links
      .filter((l) => l.fromArticles.includes(article.url))
      .map((l) => ({ ...l, fromArticles: [article.url] })),
  };
}
