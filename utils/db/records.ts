import type { Highlight, StoredHighlight } from '../schemas';

export {
  toArticle,
  toHighlight,
  toLink,
  toRelatedLink,
  toSavedArticle,
  toSelector,
  toStoredHighlight,
} from '../schemas/canonical';

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
