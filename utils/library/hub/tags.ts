import { tagKey } from '../../tags';

/**
 * The tags to suggest while the reader types one: every tag already used (on highlights or on
 * articles), each once under its first spelling, in the order given (most used first).
 */
export function tagSuggestions(...lists: readonly (readonly { value: string }[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const { value } of list) {
      const key = tagKey(value);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}
