import type { ExportedArticle } from '../schemas';
import { localDateOrTime, localIsoTime } from './local-time';

/*
 * The YAML front matter of one note. Every string is written as a YAML double-quoted scalar (a
 * JSON string, with the few characters YAML does not allow unescaped escaped as well), so no
 * title, source or keyword can end the block, start a comment or change a value's type.
 */

/** Characters JSON leaves raw that YAML requires escaped: DEL, C1 controls, line/paragraph separators, BOM, non-characters. */
const YAML_UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** `text` as a YAML double-quoted scalar. */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(
    YAML_UNPRINTABLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A keyword or the reader's tag as a notes-app tag (Obsidian, Logseq): white space becomes `-`,
 * characters tags cannot hold are dropped; `null` when nothing usable is left or it is all digits
 * (a tag needs a letter).
 */
export function noteTag(text: string): string | null {
  const tag = text
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (tag === '' || /^\d+$/.test(tag)) return null;
  return tag;
}

/** The article's keywords, then the reader's own tags, as tags (each once). */
export function noteTags(a: Pick<ExportedArticle, 'keywords' | 'tags'>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of [...a.keywords, ...(a.tags ?? [])]) {
    const tag = noteTag(raw);
    if (tag === null || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** The front matter block of `a`, ending with its closing `---` line (no trailing newline). */
export function frontMatter(a: ExportedArticle, timeZone: string): string {
  const lines = ['---', `title: ${yamlString(a.title)}`, `url: ${yamlString(a.url)}`];
  if (a.source) lines.push(`source: ${yamlString(a.source)}`);
  if (a.publishedAt)
    lines.push(`published: ${yamlString(localDateOrTime(a.publishedAt, timeZone))}`);
  lines.push(`saved: ${yamlString(localIsoTime(new Date(a.savedAt), timeZone))}`);
  const tags = noteTags(a);
  if (tags.length === 0) lines.push('tags: []');
  else lines.push('tags:', ...tags.map((tag) => `  - ${yamlString(tag)}`));
  lines.push(`aiGenerated: ${a.aiGenerated ? 'true' : 'false'}`, '---');
  return lines.join('\n');
}
