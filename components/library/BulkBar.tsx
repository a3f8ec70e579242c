import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ExportChoice } from '../../utils/export';
import type { TemplateStorage } from '../../utils/view/note-template-store';
import { t } from '../../utils/i18n';
import { NotesExport } from './NotesExport';

interface Props {
  selected: number;
  shown: number;
  busy: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onDelete: () => void;
  onExport: (kind: ExportChoice) => void;
  /** Where the reader's notes template is kept. */
  templates: TemplateStorage;
  onTag: (tag: string) => void;
}

interface SmallButtonProps {
  testId?: string;
  danger?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ComponentChildren;
}

function SmallButton({ testId, danger, disabled, onClick, children }: SmallButtonProps) {
  return (
    <button
      type="button"
      class={danger ? 'button button-small button-danger' : 'button button-small'}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** What can be done with the selected articles: delete, export, tag; and the notes of them all. */
export function BulkBar(p: Props) {
  const [tag, setTag] = useState('');
  return (
    <div
      class="lib-bulk"
      role="toolbar"
      aria-label={t('libraryBulkLabel')}
      data-testid="library-bulk"
    >
      <span class="lib-bulk-count" data-testid="library-selected-count">
        {t('librarySelectedCount', p.selected)}
      </span>
      <SmallButton testId="library-select-all" disabled={p.shown === 0} onClick={p.onSelectAll}>
        {t('librarySelectAll', p.shown)}
      </SmallButton>
      <NotesExport
        selected={p.selected}
        busy={p.busy}
        storage={p.templates}
        onExport={() => p.onExport('notes')}
      />
      {p.selected > 0 && (
        <>
          <SmallButton onClick={p.onClear}>{t('librarySelectNone')}</SmallButton>
          <SmallButton danger testId="library-delete" disabled={p.busy} onClick={p.onDelete}>
            {t('libraryDeleteSelected')}
          </SmallButton>
          <SmallButton
            testId="library-export-json"
            disabled={p.busy}
            onClick={() => p.onExport('json')}
          >
            {t('exportBackupJson')}
          </SmallButton>
          <form
            class="lib-bulk-tag"
            onSubmit={(e) => {
              e.preventDefault();
              if (tag.trim()) p.onTag(tag);
              setTag('');
            }}
          >
            <input
              class="input"
              data-testid="bulk-tag-input"
              list="lib-tag-names"
              aria-label={t('libraryTagSelected')}
              placeholder={t('libraryTagSelected')}
              value={tag}
              onInput={(e) => setTag(e.currentTarget.value)}
            />
          </form>
        </>
      )}
    </div>
  );
}
