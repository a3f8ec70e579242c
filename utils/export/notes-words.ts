/**
 * The notes' words and the template's check: what the notes dialog needs before any export
 * (the Markdown and the zip are built when the reader exports).
 */
import type { Translate } from '../i18n';
import { MAX_TEMPLATE_CHARS } from '../limits';
import type { NotesOptions } from './notes-markdown';
import { defaultNoteTemplate, unknownVariables } from './notes-template';

/** The words of the notes in the reader's language. */
export function notesWords(t: Translate): Omit<NotesOptions, 'template' | 'timeZone'> & {
  defaultTemplate: string;
} {
  return {
    listSeparator: t('mdListSeparator'),
    untitled: t('mdUntitled'),
    defaultTemplate: defaultNoteTemplate({
      quickRead: t('mdQuickRead'),
      note: t('mdNote'),
      highlights: t('notesHighlights'),
      related: t('mdRelated'),
    }),
  };
}

/** Why a template cannot be saved, in the reader's words; `null` when it can. */
export function templateProblem(template: string, t: Translate): string | null {
  if (template.length > MAX_TEMPLATE_CHARS) {
    return t('errNotesTemplateTooLong', MAX_TEMPLATE_CHARS.toLocaleString());
  }
  const unknown = unknownVariables(template);
  if (unknown.length > 0)
    return t('errNotesTemplateUnknown', unknown.map((n) => `{{${n}}}`).join(', '));
  return null;
}
