import type { ExportChoice } from '../export';
import type { MessageKey } from '../i18n';

/** What the reader can export, named for what each is for, in the order they are offered. */
export const EXPORT_CHOICES: readonly {
  kind: ExportChoice;
  label: MessageKey;
  hint: MessageKey;
  testId: string;
}[] = [
  { kind: 'json', label: 'exportBackupJson', hint: 'exportBackupHint', testId: 'export-json' },
  { kind: 'notes', label: 'exportNotesMd', hint: 'exportNotesHint', testId: 'export-notes' },
  {
    kind: 'jsonld',
    label: 'exportWebAnnotations',
    hint: 'exportJsonldHint',
    testId: 'export-jsonld',
  },
];
