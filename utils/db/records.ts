import type {
  Article,
  Highlight,
  Link,
  RelatedLink,
  SavedArticle,
  Selector,
  StoredHighlight,
} from '../schemas';

/*
 * Records are rebuilt field by field, in the order of the schemas, before they are stored or
 * handed out: stray fields never reach the database, and exports serialize identically.
 */

export function toRelatedLink(r: RelatedLink): RelatedLink {
  return { title: r.title, url: r.url, summary: r.summary, publishedAt: r.publishedAt };
}

export function toArticle(a: Article): Article {
  return {
    url: a.url,
    format: a.format,
    title: a.title,
    publishedAt: a.publishedAt,
    source: a.source,
    summary: a.summary,
    keywords: [...a.keywords],
    aiGenerated: a.aiGenerated,
    bodyText: a.bodyText,
    related: a.related.map(toRelatedLink),
  };
}

export function toSavedArticle(a: SavedArticle): SavedArticle {
  return { ...toArticle(a), savedAt: a.savedAt, updatedAt: a.updatedAt, note: a.note };
}

export function toSelector(s: Selector): Selector {
  return { exact: s.exact, prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.end };
}

export function toHighlight(h: Highlight): Highlight {
  return {
    id: h.id,
    text: h.text,
    note: h.note,
    color: h.color,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    selector: toSelector(h.selector),
  };
}

export function toStoredHighlight(h: Highlight, articleUrl: string): StoredHighlight {
  return { ...toHighlight(h), articleUrl };
}

export function toLink(l: Link): Link {
  return {
    url: l.url,
    title: l.title,
    summary: l.summary,
    publishedAt: l.publishedAt,
    fromArticles: [...l.fromArticles],
    savedForLater: l.savedForLater,
    readAt: l.readAt,
  };
}

/** Order of two ISO timestamps by the instant they name (`…:00Z` and `…:00.000Z` are equal). */
export function compareTime(a: string, b: string): number {
  const diff = Date.parse(a) - Date.parse(b);
  if (diff) return diff;
  return Number.isNaN(diff) ? compareText(a, b) : 0;
}

/** Code-unit order, the order IndexedDB gives string keys. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Highlights in reading order: by position in the text, then by creation, then by id. */
export function compareHighlights(a: Highlight, b: Highlight): number {
  return (
    a.selector.start - b.selector.start ||
    compareTime(a.createdAt, b.createdAt) ||
    compareText(a.id, b.id)
  );
}

/** The later of two optional timestamps. */
export function laterTime(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareTime(b, a) > 0 ? b : a;
}

/** `first` followed by the items of `second` it lacks, each once. */
export function union(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])];
}

/** Highlights grouped by the url of their article. */
export function groupByArticle(highlights: StoredHighlight[]): Map<string, StoredHighlight[]> {
  const groups = new Map<string, StoredHighlight[]>();
  for (const h of highlights) {
    const group = groups.get(h.articleUrl);
    if (group) group.push(h);
    else groups.set(h.articleUrl, [h]);
  }
  return groups;
}
