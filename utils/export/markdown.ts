import type { ExportFile, ExportedArticle, Highlight, Link } from '../schemas';
import { isHttpUrl } from '../schemas';
import { buildExportFile, type ExportData } from './json';

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
function oneLine(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' ').trim());
}

/**
 * Multi-line text as Markdown lines: blank lines separate paragraphs, other line breaks are kept
 * as hard breaks (two trailing spaces).
 */
function textLines(text: string): string[] {
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
function blockquote(text: string): string[] {
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

function linkOrText(title: string, url: string): string {
  const text = oneLine(title) || oneLine(url);
  const href = markdownHref(url);
  return href ? `[${text}](${href})` : text;
}

function highlightBlock(h: Highlight): string[] {
  const out = blockquote(h.selector.exact || h.text);
  if (h.note.trim() !== '') out.push('', ...textLines(h.note));
  return out;
}

function section(label: string, text: string | null): string[] {
  if (text === null || text.trim() === '') return [];
  return [`**${label}**`, '', ...textLines(text), ''];
}

function articleBlock(a: ExportedArticle): string[] {
  const out = [`## ${oneLine(a.title) || 'Untitled'}`, ''];
  const href = httpHref(a.url);
  const meta = [`- Link: ${href ? `<${href}>` : oneLine(a.url)}`];
  if (a.publishedAt) meta.push(`- Published: ${oneLine(a.publishedAt)}`);
  if (a.source) meta.push(`- Source: ${oneLine(a.source)}`);
  if (a.keywords.length > 0) meta.push(`- Keywords: ${a.keywords.map(oneLine).join(', ')}`);
  if (a.tags?.length) meta.push(`- Tags: ${a.tags.map(oneLine).join(', ')}`);
  meta.push(`- Saved: ${oneLine(a.savedAt)}`);
  if (a.aiGenerated) meta.push('- The page declares its text AI-generated.');
  out.push(...meta, '');
  out.push(...section('Summary', a.summary));
  out.push(...section('Note', a.note));
  if (a.highlights.length > 0) {
    out.push(`### Highlights (${a.highlights.length})`, '');
    for (const h of a.highlights) out.push(...highlightBlock(h), '');
  }
  if (a.related.length > 0) {
    out.push('### Related', '');
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

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function isExportFile(input: ExportFile | ExportData): input is ExportFile {
  return typeof (input as Partial<ExportFile>).exportedAt === 'string';
}

/**
 * One Markdown document for reading an export: each saved article with its link, date, source,
 * summary, keywords and note, then its highlights as block quotes with their notes beneath; at
 * the end, the links kept for later.
 */
export function buildMarkdown(
  input: ExportFile | ExportData,
  { now }: { now?: Date | string } = {},
): string {
  const exportedAt = isExportFile(input) ? input.exportedAt : now;
  const file = buildExportFile(input, { now: exportedAt ?? '' });
  const highlightCount = file.articles.reduce((n, a) => n + a.highlights.length, 0);
  const out = ['# AI News Annotator export', ''];
  const summary = [count(file.articles.length, 'article'), count(highlightCount, 'highlight')];
  if (file.exportedAt) summary.unshift(`Exported ${oneLine(file.exportedAt)}`);
  out.push(summary.join(' · '), '');
  for (const a of file.articles) out.push(...articleBlock(a));
  const later = file.links.filter((l) => l.savedForLater);
  if (later.length > 0) {
    out.push('## Kept for later', '');
    for (const l of later) out.push(linkItem(l));
    out.push('');
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
