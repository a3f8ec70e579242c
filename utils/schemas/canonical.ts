import type {
  Article,
  Highlight,
  Link,
  RelatedLink,
  SavedArticle,
  Selector,
  StoredHighlight,
} from './index';

/*
 * Records are rebuilt field by field, in the order of the schemas (the export file contract's
 * order), before they are stored, handed out or exported: stray fields never reach the database,
 * and exports serialize identically whatever order the fields were built in.
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

/** A saved article; `tags` is kept only when there are some (records before tags have none). */
export function toSavedArticle(a: SavedArticle): SavedArticle {
  const saved: SavedArticle = {
    ...toArticle(a),
    savedAt: a.savedAt,
    updatedAt: a.updatedAt,
    note: a.note,
  };
  if (a.tags && a.tags.length > 0) saved.tags = [...a.tags];
  return saved;
}

export function toSelector(s: Selector): Selector {
  return { exact: s.exact, prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.end };
}

/** A highlight; `tags` is kept only when there are some (highlights before tags have none). */
export function toHighlight(h: Highlight): Highlight {
  const highlight: Highlight = {
    id: h.id,
    text: h.text,
    note: h.note,
    color: h.color,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    selector: toSelector(h.selector),
  };
  if (h.tags && h.tags.length > 0) highlight.tags = [...h.tags];
  return highlight;
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
