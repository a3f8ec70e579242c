import type { ExportedArticle, Highlight } from '../schemas';
import { buildExportFile, type ExportData } from './json';

/*
 * Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), so that other
 * annotation tools can read them: one Annotation per highlight, targeting the article's URL with
 * both a TextQuoteSelector and a TextPositionSelector (alternatives, as the model allows).
 */

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The note (`commenting`) or one of the reader's tags (`tagging`) of a highlight. */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  /** The note alone as one body; with tags, a list: the note (if any), then one body per tag. */
  body?: TextualBody | TextualBody[];
  target: {
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

export interface WebAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  total: number;
  first: {
    type: 'AnnotationPage';
    startIndex: 0;
    items: WebAnnotation[];
  };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URN_RE = /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i;

/**
 * The IRI of a highlight: `urn:uuid:<id>` for a UUID, the id itself when it already is a URN,
 * otherwise a URN of this extension's own that keeps the id recoverable.
 */
export function annotationId(id: string): string {
  if (UUID_RE.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  if (URN_RE.test(id)) return id;
  return `urn:x-ai-news-annotator:highlight:${encodeURIComponent(id)}`;
}

const textualBody = (value: string, purpose: TextualBody['purpose']): TextualBody => ({
  type: 'TextualBody',
  value,
  format: 'text/plain',
  purpose,
});

/** The bodies of a highlight: its note, then a `tagging` body per tag; none when it has neither. */
function bodiesOf(h: Highlight): { body?: TextualBody | TextualBody[] } {
  const note = h.note.trim() !== '' ? [textualBody(h.note, 'commenting')] : [];
  const tags = (h.tags ?? []).map((tag) => textualBody(tag, 'tagging'));
  if (tags.length === 0) return note.length ? { body: note[0]! } : {};
  return { body: [...note, ...tags] };
}

/** One highlight of `article` as a Web Annotation. */
export function toWebAnnotation(article: ExportedArticle, h: Highlight): WebAnnotation {
  const hasNote = h.note.trim() !== '';
  return {
    id: annotationId(h.id),
    type: 'Annotation',
    motivation: hasNote ? 'commenting' : 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    ...bodiesOf(h),
    target: {
      source: article.url,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: h.selector.exact,
          prefix: h.selector.prefix,
          suffix: h.selector.suffix,
        },
        { type: 'TextPositionSelector', start: h.selector.start, end: h.selector.end },
      ],
    },
  };
}

/**
 * Every highlight as one W3C AnnotationCollection (JSON-LD), in the canonical order of the JSON
 * export: articles by url, highlights by position.
 */
export function buildWebAnnotations(
  data: ExportData,
  { now }: { now: Date | string },
): WebAnnotationCollection {
  const file = buildExportFile(data, { now });
  const items = file.articles.flatMap((a) => a.highlights.map((h) => toWebAnnotation(a, h)));
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'AI News Annotator highlights',
    generated: file.exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as a JSON-LD file: 2-space indent, one trailing newline. */
export function serializeWebAnnotations(collection: WebAnnotationCollection): string {
  return JSON.stringify(collection, null, 2) + '\n';
}
