/**
 * The reader's own tags, made clean and compared — plain functions, so the views that show tags
 * need no schema library (the schemas in `schemas/tags.ts` check with these).
 */
import { MAX_TAG_CHARS, MAX_TAGS } from './limits';

/** A tag as the reader typed it, made clean: NFC, trimmed, runs of spaces as one. */
export function cleanTag(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().slice(0, MAX_TAG_CHARS).trim();
}

/** What two tags are compared by: `AI` and `ai` are one tag. */
export function tagKey(tag: string): string {
  return tag.normalize('NFKC').toLowerCase();
}

/** Clean tags, each once (the first spelling wins), empty ones dropped, at most `MAX_TAGS`. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cleanTag(raw);
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

/** `tags` with `tag` added at the end, cleaned as every tag is (a tag already there stays once). */
export function withTag(tags: readonly string[], tag: string): string[] {
  return cleanTags([...tags, tag]);
}

/** `tags` without `tag` (compared as tags are: `AI` and `ai` are one tag). */
export function withoutTag(tags: readonly string[], tag: string): string[] {
  const key = tagKey(tag);
  return tags.filter((t) => tagKey(t) !== key);
}
