import { z } from 'zod';
import { MAX_TAG_CHARS, MAX_TAGS } from '../limits';

/** One of the reader's own tags: trimmed, single-spaced, not empty. */
export const TagSchema = z
  .string()
  .min(1)
  .max(MAX_TAG_CHARS)
  .refine((tag) => tag === cleanTag(tag), { message: 'not a clean tag (spaces)' });

/**
 * An article's tags: at least one (an article without tags has no `tags` field), each once
 * (compared case-insensitively), in the order the reader added them.
 */
export const TagListSchema = z
  .array(TagSchema)
  .min(1)
  .max(MAX_TAGS)
  .refine((tags) => new Set(tags.map(tagKey)).size === tags.length, {
    message: 'the same tag twice',
  });

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
