import { useState } from 'preact/hooks';
import type { ExportKind } from '../../utils/export';
import { t } from '../../utils/i18n';

interface Props {
  selected: number;
  shown: number;
  busy: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onDelete: () => void;
  onExport: (kind: ExportKind) => void;
  onTag: (tag: string) => void;
}

/** What can be done with the selected articles: delete, export, tag. */
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
      <button
        type="button"
        class="button button-small"
        data-testid="library-select-all"
        disabled={p.shown === 0}
        onClick={p.onSelectAll}
      >
        {t('librarySelectAll', p.shown)}
      </button>
      {p.selected > 0 && (
        <>
          <button type="button" class="button button-small" onClick={p.onClear}>
            {t('librarySelectNone')}
          </button>
          <button
            type="button"
            class="button button-small button-danger"
            data-testid="library-delete"
            disabled={p.busy}
            onClick={p.onDelete}
          >
            {t('libraryDeleteSelected')}
          </button>
          <button
            type="button"
            class="button button-small"
            data-testid="library-export-json"
            disabled={p.busy}
            onClick={() => p.onExport('json')}
          >
            {t('libraryExportJson')}
          </button>
          <button
            type="button"
            class="button button-small"
            data-testid="library-export-md"
            disabled={p.busy}
            onClick={() => p.onExport('md')}
          >
            {t('libraryExportMarkdown')}
          </button>
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
