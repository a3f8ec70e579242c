import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { NOTE_VARIABLES } from '../../utils/export/notes-template';
import { t } from '../../utils/i18n';
import { useNoteTemplate } from '../../utils/view/use-note-template';
import type { TemplateStorage } from '../../utils/view/note-template-store';

type Ref = RefObject<HTMLDialogElement | null>;

interface Props {
  /** How many articles are selected (0: the notes of the whole library). */
  selected: number;
  busy: boolean;
  storage: TemplateStorage;
  onExport: () => void;
}

/** The template the notes are written with: edit, save, reset, with what went wrong if anything. */
function TemplateDialog({ dialog, storage }: { dialog: Ref; storage: TemplateStorage }) {
  const template = useNoteTemplate(storage);
  const problem = typeof template.status === 'object' ? template.status.problem : null;
  return (
    <dialog ref={dialog} class="notes-template" aria-labelledby="notes-template-title">
      <h2 id="notes-template-title">{t('notesTemplateTitle')}</h2>
      <p class="muted small">
        {t('notesTemplateHelp', NOTE_VARIABLES.map((v) => `{{${v}}}`).join(' '))}
      </p>
      <textarea
        class="input notes-template-text"
        data-testid="notes-template"
        aria-label={t('notesTemplateTitle')}
        rows={14}
        spellcheck={false}
        value={template.text}
        disabled={!template.loaded}
        onInput={(e) => template.edit(e.currentTarget.value)}
      />
      {problem && (
        <p class="notes-template-problem" role="alert">
          {problem}
        </p>
      )}
      {template.status === 'saved' && (
        <p class="muted small" role="status">
          {t('notesTemplateSaved')}
        </p>
      )}
      <div class="notes-template-actions">
        <button type="button" class="button button-small" onClick={() => void template.reset()}>
          {t('notesTemplateReset')}
        </button>
        <button
          type="button"
          class="button button-small button-primary"
          data-testid="notes-template-save"
          onClick={() => void template.save()}
        >
          {t('notesTemplateSave')}
        </button>
        <button type="button" class="button button-small" onClick={() => dialog.current?.close()}>
          {t('notesTemplateClose')}
        </button>
      </div>
    </dialog>
  );
}

/** Export the notes (Markdown, one file per article) and edit the template they are written with. */
export function NotesExport({ selected, busy, storage, onExport }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        class="button button-small"
        data-testid="export-notes"
        title={t('exportNotesHint')}
        disabled={busy}
        onClick={onExport}
      >
        {selected > 0 ? t('libraryExportNotesSelected', selected) : t('libraryExportNotesAll')}
      </button>
      <button
        type="button"
        class="link-button"
        data-testid="notes-template-open"
        onClick={() => dialog.current?.showModal()}
      >
        {t('notesTemplateOpen')}
      </button>
      <TemplateDialog dialog={dialog} storage={storage} />
    </>
  );
}
