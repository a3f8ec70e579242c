import { cleanTags, tagKey } from '../../tags';

/** `tags` with `tag` added at the end, cleaned as every tag is (a tag already there stays once). */
export function withTag(tags: readonly string[], tag: string): string[] {
  return cleanTags([...tags, tag]);
}

/** `tags` without `tag` (compared as tags are: `AI` and `ai` are one tag). */
export function withoutTag(tags: readonly string[], tag: string): string[] {
  const key = tagKey(tag);
  return tags.filter((t) => tagKey(t) !== key);
}

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
