import { toLink, toSavedArticle, toStoredHighlight } from '../schemas/canonical';
import {
  HighlightSchema,
  HttpUrl,
  LinkSchema,
  SavedArticleSchema,
  type Link,
  type SavedArticle,
  type StoredHighlight,
} from '../schemas';
import type { RecordValue } from './model';

/** The library's records under sync's keys: `article:<url>`, `highlight:<id>`, `link:<url>`. */
export type RecordKind = 'article' | 'highlight' | 'link';

export const recordKey = (kind: RecordKind, id: string) => `${kind}:${id}`;

export function splitKey(key: string): { kind: RecordKind; id: string } | null {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  if (kind !== 'article' && kind !== 'highlight' && kind !== 'link') return null;
  return { kind, id: key.slice(colon + 1) };
}

const StoredHighlightSchema = HighlightSchema.extend({ articleUrl: HttpUrl });

/**
 * Notes of concurrent edits are joined, so a merged note may be longer than one the reader can
 * type; it is kept whole rather than cut (up to this bound against a hostile file).
 */
const MAX_MERGED_NOTE = 200_000;

function withNote<T extends { note: string }>(parsed: T, note: unknown): T | null {
  if (typeof note !== 'string' || note.length > MAX_MERGED_NOTE) return null;
  return { ...parsed, note };
}

/** A record from another device, checked and rebuilt field by field; null when it is not valid. */
export function toLocalRecord(
  key: string,
  value: RecordValue,
): SavedArticle | StoredHighlight | Link | null {
  const k = splitKey(key);
  if (!k) return null;
  if (k.kind === 'article') {
    const a = SavedArticleSchema.safeParse({ ...value, note: '' });
    if (!a.success || a.data.url !== k.id) return null;
    return withNote(toSavedArticle(a.data), value.note);
  }
  if (k.kind === 'highlight') {
    const h = StoredHighlightSchema.safeParse({ ...value, note: '' });
    if (!h.success || h.data.id !== k.id) return null;
    return withNote(toStoredHighlight(h.data, h.data.articleUrl), value.note);
  }
  const l = LinkSchema.safeParse(value);
  return l.success && l.data.url === k.id ? toLink(l.data) : null;
}

/** May a record from another device be kept here? (Its merged note may be longer.) */
export function validRecord(key: string, value: RecordValue): boolean {
  return toLocalRecord(key, value) !== null;
}

/** A local record as sync reads it: the same fields in the same order on every device. */
export function canonicalRecord(
  kind: RecordKind,
  value: SavedArticle | StoredHighlight | Link,
): RecordValue {
  if (kind === 'article') return toSavedArticle(value as SavedArticle);
  if (kind === 'highlight') {
    const h = value as StoredHighlight;
    return toStoredHighlight(h, h.articleUrl);
  }
  return toLink(value as Link);
}
