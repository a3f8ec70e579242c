import type { ExportFile, ExportedArticle, Highlight, Link } from '../schemas';
import { isHttpUrl } from '../url';
import { buildExportFile, type ExportData } from './json';
import type { MarkdownLabels } from './markdown-labels';
import { noteTag } from './notes-front-matter';

/*
 * Everything in an export that came from a page or from the reader is text, never Markdown: it is
 * escaped so that it cannot open a heading, list, code block, link, image or raw HTML when the
 * document is rendered. Links are written only for http(s) URLs.
 */

/** ASCII punctuation that starts inline Markdown or HTML anywhere in a line. */
const INLINE_SIGNIFICANT = /[\\`*_[\]<>&~|#]/g;

/** Backslash-escape characters that would otherwise be read as inline Markdown or HTML. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE_SIGNIFICANT, '\\$&');
}

/**
 * One line of text as one line of Markdown: inline escapes, plus the block markers that only
 * count at the start of a line (lists, ordered lists, setext underlines). Leading white space is
 * dropped so that the line cannot become an indented code block.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = escapeMarkdownInline(line.replace(/^[ \t\f\v]+/, ''));
  return escaped.replace(/^[-+=]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** One line of text, with any line breaks folded into spaces. */
export function oneLine(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' ').trim());
}

/**
 * Multi-line text as Markdown lines: blank lines separate paragraphs, other line breaks are kept
 * as hard breaks (two trailing spaces).
 */
export function textLines(text: string): string[] {
  const lines = splitLines(text.trim());
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const next = (lines[i + 1] ?? '').trim();
    out.push(escapeMarkdownLine(line) + (next !== '' ? '  ' : ''));
  }
  return out;
}

/** Text as a block quote: every line is prefixed, so no line escapes the quote. */
export function blockquote(text: string): string[] {
  const lines = textLines(text);
  return (lines.length > 0 ? lines : ['']).map((l) => (l === '' ? '>' : `> ${l}`));
}

/**
 * The URL as serialized by the WHATWG URL parser, or `null` when it is not http(s). The
 * serialization never contains white space, `<` or `>`, so it can stand in an autolink `<…>`.
 */
function httpHref(url: string): string | null {
  return isHttpUrl(url) ? new URL(url).href : null;
}

/**
 * A URL ready to sit inside `(…)` of a Markdown link, or `null` when it is not http(s).
 * Parentheses and backslashes are percent-encoded so that they cannot end the link.
 */
export function markdownHref(url: string): string | null {
  const href = httpHref(url);
  return href && href.replace(/[()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function linkOrText(title: string, url: string): string {
  const text = oneLine(title) || oneLine(url);
  const href = markdownHref(url);
  return href ? `[${text}](${href})` : text;
}

/**
 * A highlight's own tags as one line of `#tags` (as notes apps read them, and as the notes export
 * writes an article's), after its note; '' when it has none.
 */
export function highlightTagLine(h: Pick<Highlight, 'tags'>): string {
  const tags = (h.tags ?? []).map(noteTag).filter((tag): tag is string => tag !== null);
  return [...new Set(tags)].map((tag) => `#${tag}`).join(' ');
}

function highlightBlock(h: Highlight): string[] {
  const out = blockquote(h.selector.exact || h.text);
  if (h.note.trim() !== '') out.push('', ...textLines(h.note));
  const tags = highlightTagLine(h);
  if (tags) out.push('', tags);
  return out;
}

function section(label: string, text: string | null): string[] {
  if (text === null || text.trim() === '') return [];
  return [`**${label}**`, '', ...textLines(text), ''];
}

function metaLines(a: ExportedArticle, l: MarkdownLabels): string[] {
  const href = httpHref(a.url);
  const label = (text: string) => escapeMarkdownInline(text);
  const meta = [`- ${label(l.link)}: ${href ? `<${href}>` : oneLine(a.url)}`];
  if (a.publishedAt) meta.push(`- ${label(l.published)}: ${oneLine(a.publishedAt)}`);
  if (a.source) meta.push(`- ${label(l.source)}: ${oneLine(a.source)}`);
  if (a.keywords.length > 0) {
    meta.push(`- ${label(l.keywords)}: ${a.keywords.map(oneLine).join(l.listSeparator)}`);
  }
  if (a.tags?.length) meta.push(`- ${label(l.tags)}: ${a.tags.map(oneLine).join(l.listSeparator)}`);
  meta.push(`- ${label(l.saved)}: ${oneLine(a.savedAt)}`);
  if (a.aiGenerated) meta.push(`- ${label(l.aiGenerated)}`);
  return meta;
}

function articleBlock(a: ExportedArticle, l: MarkdownLabels): string[] {
  const out = [`## ${oneLine(a.title) || oneLine(l.untitled)}`, ''];
  out.push(...metaLines(a, l), '');
  const summaryLabel = a.format === 'quickread' ? l.quickRead : l.description;
  out.push(...section(escapeMarkdownInline(summaryLabel), a.summary));
  out.push(...section(escapeMarkdownInline(l.note), a.note));
  if (a.highlights.length > 0) {
    out.push(`### ${oneLine(l.highlightsHeading(a.highlights.length))}`, '');
    for (const h of a.highlights) out.push(...highlightBlock(h), '');
  }
  if (a.related.length > 0) {
    out.push(`### ${oneLine(l.related)}`, '');
    for (const r of a.related) out.push(`- ${linkOrText(r.title, r.url)}`);
    out.push('');
  }
  return out;
}

function linkItem(l: Link): string {
  const parts = [linkOrText(l.title, l.url)];
  if (l.publishedAt) parts.push(oneLine(l.publishedAt));
  if (l.summary && l.summary.trim() !== '') parts.push(oneLine(l.summary));
  return `- ${parts.join(' — ')}`;
}

function isExportFile(input: ExportFile | ExportData): input is ExportFile {
  return typeof (input as Partial<ExportFile>).exportedAt === 'string';
}

/**
 * One Markdown document for reading an export: each saved article with its link, date, source,
 * summary, keywords and note, then its highlights as block quotes with their notes beneath; at
 * the end, the links kept for later. The headings and labels are `labels`, in the reader's
 * language (`markdownLabels(t)`); this function stays pure.
 */
export function buildMarkdown(
  input: ExportFile | ExportData,
  { now, labels }: { now?: Date | string; labels: MarkdownLabels },
): string {
  const exportedAt = isExportFile(input) ? input.exportedAt : now;
  const file = buildExportFile(input, { now: exportedAt ?? '' });
  const highlightCount = file.articles.reduce((n, a) => n + a.highlights.length, 0);
  const out = [`# ${oneLine(labels.title)}`, ''];
  const summary = [labels.articles(file.articles.length), labels.highlights(highlightCount)].map(
    oneLine,
  );
  if (file.exportedAt) summary.unshift(oneLine(labels.exported(file.exportedAt)));
  out.push(summary.join(' · '), '');
  for (const a of file.articles) out.push(...articleBlock(a, labels));
  const later = file.links.filter((l) => l.savedForLater);
  if (later.length > 0) {
    out.push(`## ${oneLine(labels.readLater)}`, '');
    for (const l of later) out.push(linkItem(l));
    out.push('');
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
