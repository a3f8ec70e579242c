import { z } from 'zod';
import { MAX_TAG_CHARS, MAX_TAGS } from '../limits';
import { cleanTag, tagKey } from '../tags';

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
