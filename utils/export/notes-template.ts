/*
 * The reader's template for the body of one note (below the front matter). Variables are written
 * as in Obsidian Web Clipper: `{{title}}`, `{{url}}`, … Each value is Markdown already made safe
 * (page text is escaped), so a template cannot be broken by what a page says.
 */

/** The variables a template can use, in the order they are listed to the reader. */
export const NOTE_VARIABLES = [
  'title',
  'url',
  'source',
  'published',
  'saved',
  'date',
  'keywords',
  'tags',
  'summary',
  'note',
  'highlights',
  'related',
] as const;
export type NoteVariable = (typeof NOTE_VARIABLES)[number];
export type NoteValues = Record<NoteVariable, string>;

const VARIABLE = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

function isVariable(name: string): name is NoteVariable {
  return (NOTE_VARIABLES as readonly string[]).includes(name);
}

/** The headings of the default template, in the reader's language. */
export interface TemplateHeadings {
  quickRead: string;
  note: string;
  highlights: string;
  related: string;
}

/** The template a reader starts from. */
export function defaultNoteTemplate(h: TemplateHeadings): string {
  return [
    '# {{title}}',
    '',
    '{{url}}',
    '',
    `## ${h.quickRead}`,
    '',
    '{{summary}}',
    '',
    `## ${h.note}`,
    '',
    '{{note}}',
    '',
    `## ${h.highlights}`,
    '',
    '{{highlights}}',
    '',
    `## ${h.related}`,
    '',
    '{{related}}',
    '',
  ].join('\n');
}

/** The names in `{{…}}` that are not variables (a template with any is not saved). */
export function unknownVariables(template: string): string[] {
  const unknown = new Set<string>();
  for (const m of template.matchAll(VARIABLE)) {
    const name = m[1] ?? '';
    if (!isVariable(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * Every heading with nothing beneath it before the next heading of its level or higher, or the
 * end, is left out, so an article without a note has no empty "Note" section.
 */
export function dropEmptySections(markdown: string): string {
  const lines = markdown.split('\n');
  const level = (line: string) => /^(#{1,6}) /.exec(line)?.[1]?.length ?? 0;
  const keep = lines.map(() => true);
  for (let i = 0; i < lines.length; i++) {
    const own = level(lines[i] ?? '');
    if (own === 0) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
    const next = j < lines.length ? level(lines[j] ?? '') : 1;
    if (next !== 0 && next <= own) {
      for (let k = i; k < j; k++) keep[k] = false;
    }
  }
  return lines.filter((_, i) => keep[i]).join('\n');
}

/** `template` with its variables filled in; unknown names become empty; runs of blank lines fold. */
export function renderNoteTemplate(template: string, values: NoteValues): string {
  const filled = template.replace(VARIABLE, (_, name: string) =>
    isVariable(name) ? values[name] : '',
  );
  const tidy = dropEmptySections(filled.replace(/\r\n?/g, '\n'))
    .replace(/[ \t]+$/gm, (s) => (s === '  ' ? s : ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return tidy + '\n';
}
