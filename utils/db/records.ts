import type { StoredHighlight } from '../schemas';
import { compareTime } from '../schemas/order';

export { compareHighlights, compareText, compareTime } from '../schemas/order';

export {
  toArticle,
  toHighlight,
  toLink,
  toRelatedLink,
  toSavedArticle,
  toSelector,
  toStoredHighlight,
} from '../schemas/canonical';

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
