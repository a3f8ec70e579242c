import { useEffect, useState } from 'preact/hooks';
import { notesWords, templateProblem } from '../export/notes-words';
import { t } from '../i18n';
import {
  loadNoteTemplate,
  resetNoteTemplate,
  saveNoteTemplate,
  type TemplateStorage,
} from './note-template-store';

export type TemplateStatus = 'idle' | 'saved' | { problem: string };

/** The reader's notes template: read once, edited as text, saved only when it is sound. */
export function useNoteTemplate(storage: TemplateStorage) {
  const fallback = notesWords(t).defaultTemplate;
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState<TemplateStatus>('idle');

  useEffect(() => {
    loadNoteTemplate(storage, fallback)
      .then(setText)
      .catch(() => setText(fallback));
  }, [storage, fallback]);

  return {
    text: text ?? fallback,
    loaded: text !== null,
    status,
    edit(next: string) {
      setText(next);
      setStatus('idle');
    },
    async save() {
      const current = text ?? fallback;
      const problem = templateProblem(current, t);
      if (problem) return setStatus({ problem });
      try {
        await saveNoteTemplate(storage, current);
        setStatus('saved');
      } catch (e) {
        setStatus({ problem: String(e) });
      }
    },
    async reset() {
      await resetNoteTemplate(storage).catch(() => undefined);
      setText(fallback);
      setStatus('idle');
    },
  };
}

export type NoteTemplateState = ReturnType<typeof useNoteTemplate>;
