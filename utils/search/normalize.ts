/**
 * Fold text for matching: NFKC turns full-width letters and digits into their half-width forms
 * (`ＡＩ` → `AI`), then lower case. Chinese text is kept as is and matched as a substring.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The terms of a query: folded, split on any whitespace (including the full-width space). */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/u)
    .filter((term) => term.length > 0);
}
