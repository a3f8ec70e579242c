import type { ExportChoice } from '../../utils/export';
import { t } from '../../utils/i18n';
import { EXPORT_CHOICES } from '../../utils/view/export-choices';
import type { ImportState } from '../../utils/popup/use-transfer';
import type { ImportProgress } from '../../utils/transfer/import-protocol';

interface Props {
  importView: ImportState;
  onExport: (kind: ExportChoice) => void;
  onImport: (file: File) => void;
}

/** Export everything (a backup, notes, Web Annotations) and import a backup. */
export function TransferBar({ importView, onExport, onImport }: Props) {
  const busy = importView.state === 'importing';
  return (
    <footer class="transfer">
      <div class="transfer-row">
        {EXPORT_CHOICES.map(({ kind, label, hint, testId }) => (
          <button
            key={kind}
            type="button"
            class="button button-small"
            data-testid={testId}
            title={t(hint)}
            onClick={() => onExport(kind)}
          >
            {t(label)}
          </button>
        ))}
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
      {importView.state === 'importing' && <ImportProgressView progress={importView.progress} />}
    </footer>
  );
}

const count = (n: number) => n.toLocaleString();

/** The words for the step an import is at. */
function stepText(progress: ImportProgress | null): string {
  switch (progress?.phase) {
    case 'reading':
      return t('importReading');
    case 'checking':
      return t('importChecking');
    case 'saving':
      return t('importSaving', [count(progress.done), count(progress.total)]);
    default:
      return t('importing');
  }
}

/** A bar and a line saying how far an import has come; the bar has no end while checking. */
function ImportProgressView({ progress }: { progress: ImportProgress | null }) {
  const measured = progress !== null && progress.phase !== 'checking' && progress.total > 0;
  return (
    <div class="import-progress">
      <progress
        data-testid="import-progress"
        aria-label={t('importProgressLabel')}
        {...(measured ? { value: progress.done, max: progress.total } : {})}
      />
      <p class="import-result" role="status" aria-busy="true" data-phase={progress?.phase}>
        {stepText(progress)}
      </p>
    </div>
  );
}
