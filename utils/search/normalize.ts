import { foldText } from './fold';

export { foldMapped, foldText, type Folded } from './fold';

/**
 * The terms of a query: split on any whitespace (including the full-width space), then folded
 * as the text they are looked for in (`foldText`).
 */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/u)
    .map((term) => foldText(term))
    .filter((term) => term.length > 0);
}
