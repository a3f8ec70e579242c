import type { ExportedArticle, Highlight, Link } from '../schemas';
import { compareText } from '../schemas/order';
import { buildExportFile, type ExportData } from './json';
import { localDate, localDateOrTime, localIsoTime } from './local-time';
import {
  blockquote,
  highlightTagLine,
  linkOrText,
  markdownHref,
  oneLine,
  textLines,
} from './markdown';
import { frontMatter, noteTags } from './notes-front-matter';
import { renderNoteTemplate, type NoteValues } from './notes-template';

/** One Markdown file of the notes folder. */
export interface NoteFile {
  /** The file's path inside the folder, e.g. `2026-12-02 台积电 2nm 量产.md`. */
  path: string;
  text: string;
  /** When the article last changed: the file's time in the zip. */
  modified: Date;
}

export interface NotesOptions {
  template: string;
  /** The reader's time zone, e.g. `Asia/Shanghai`. */
  timeZone: string;
  /** Between keywords: `, ` in English, `、` in Chinese. */
  listSeparator: string;
  /** A title for an article that has none. */
  untitled: string;
}

/** Characters file systems or notes apps do not accept in a file name. */
const UNSAFE_NAME = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;
const MAX_NAME_CHARS = 80;

/** The title as a file name: unsafe characters dropped, spaces folded, at most 80 characters. */
export function noteFileName(title: string, untitled: string): string {
  const name = Array.from(title.replace(UNSAFE_NAME, ' ').replace(/\s+/g, ' ').trim())
    .slice(0, MAX_NAME_CHARS)
    .join('')
    .replace(/[. ]+$/, '')
    .replace(/^\.+/, '');
  return name || untitled;
}

function highlightMarkdown(h: Highlight): string {
  const out = blockquote(h.selector.exact || h.text);
  if (h.note.trim() !== '') out.push('', ...textLines(h.note));
  const tags = highlightTagLine(h);
  if (tags) out.push('', tags);
  return out.join('\n');
}

function relatedMarkdown(a: ExportedArticle, links: ReadonlyMap<string, Link>): string {
  return a.related
    .map((r) => {
      const kept = links.get(r.url);
      const marks = kept?.readAt ? ' ✓' : kept?.savedForLater ? ' ☆' : '';
      return `- ${linkOrText(r.title, r.url)}${marks}`;
    })
    .join('\n');
}

/** The values of the template's variables for `a`. */
export function noteValues(
  a: ExportedArticle,
  links: ReadonlyMap<string, Link>,
  o: Omit<NotesOptions, 'template'>,
): NoteValues {
  const keywords = a.keywords.map(oneLine).join(o.listSeparator);
  return {
    title: oneLine(a.title) || oneLine(o.untitled),
    url: markdownHref(a.url) ?? oneLine(a.url),
    source: a.source ? oneLine(a.source) : '',
    published: a.publishedAt ? localDateOrTime(a.publishedAt, o.timeZone) : '',
    saved: localIsoTime(new Date(a.savedAt), o.timeZone),
    date: localDate(new Date(a.savedAt), o.timeZone),
    keywords,
    tags: noteTags(a)
      .map((tag) => `#${tag}`)
      .join(' '),
    summary: a.summary ? textLines(a.summary).join('\n') : '',
    note: textLines(a.note).join('\n'),
    highlights: a.highlights.map(highlightMarkdown).join('\n\n'),
    related: relatedMarkdown(a, links),
  };
}

/** Oldest saved first; the same instant by url, so the order never depends on the input's. */
function bySaved(a: ExportedArticle, b: ExportedArticle): number {
  return compareText(a.savedAt, b.savedAt) || compareText(a.url, b.url);
}

/** `name.md`, or `name (2).md`, … when an earlier file of the folder took that name. */
function uniquePath(base: string, taken: Set<string>): string {
  let path = `${base}.md`;
  for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${base} (${n}).md`;
  taken.add(path.toLowerCase());
  return path;
}

/**
 * One note per saved article, date-ordered: the file name starts with the local date it was saved,
 * so a folder sorted by name is sorted by date. Each file is YAML front matter, then the template.
 */
export function buildNoteFiles(data: ExportData, o: NotesOptions): NoteFile[] {
  const file = buildExportFile(data, { now: '' });
  const links = new Map(file.links.map((l) => [l.url, l]));
  const taken = new Set<string>();
  return [...file.articles].sort(bySaved).map((a) => {
    const values = noteValues(a, links, o);
    const body = renderNoteTemplate(o.template, values);
    return {
      path: uniquePath(`${values.date} ${noteFileName(a.title, o.untitled)}`, taken),
      text: `${frontMatter(a, o.timeZone)}\n\n${body}`,
      modified: new Date(a.updatedAt),
    };
  });
}
