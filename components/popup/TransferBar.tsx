import type { ExportKind } from '../../utils/export';
import { t } from '../../utils/i18n';
import type { ImportState } from '../../utils/popup/use-transfer';

interface Props {
  importView: ImportState;
  onExport: (kind: ExportKind) => void;
  onImport: (file: File) => void;
}

/** Export everything (JSON, Markdown, Web Annotation JSON-LD) and import a JSON export file. */
export function TransferBar({ importView, onExport, onImport }: Props) {
  const busy = importView.state === 'importing';
  return (
    <footer class="transfer">
      <div class="transfer-row">
        <button
          type="button"
          class="button button-small"
          data-testid="export-json"
          title={t('exportJsonHint')}
          onClick={() => onExport('json')}
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          class="button button-small"
          data-testid="export-md"
          title={t('exportMdHint')}
          onClick={() => onExport('md')}
        >
          Markdown
        </button>
        <button
          type="button"
          class="button button-small"
          data-testid="export-jsonld"
          title={t('exportJsonldHint')}
          onClick={() => onExport('jsonld')}
        >
          JSON-LD
        </button>
        <label class={`button button-small file-button push-right${busy ? ' is-busy' : ''}`}>
          <input
            type="file"
            class="visually-hidden"
            data-testid="import-json"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) onImport(file);
            }}
          />
          {busy ? t('importing') : t('importJson')}
        </label>
      </div>
      {importView.state === 'done' && (
        <p class="import-result" role="status" data-testid="import-result">
          {importView.summary}
        </p>
      )}
      {busy && (
        <p class="import-result" role="status" aria-busy="true">
          {t('importing')}
        </p>
      )}
    </footer>
  );
}
