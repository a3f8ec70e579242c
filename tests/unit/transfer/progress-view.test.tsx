// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TransferBar } from '../../../components/popup/TransferBar';
import type { ImportState } from '../../../utils/popup/use-transfer';
import { installEnglish } from '../popup/harness';

let root: HTMLElement;
beforeEach(() => {
  installEnglish();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(importView: ImportState) {
  render(<TransferBar importView={importView} onExport={() => {}} onImport={() => {}} />, root);
  const bar = root.querySelector<HTMLProgressElement>('[data-testid="import-progress"]');
  return { bar, status: root.querySelector('[role="status"]')?.textContent };
}

describe('import progress', () => {
  it('shows each step in words, with a labelled bar', () => {
    const saving = show({
      state: 'importing',
      progress: { kind: 'progress', phase: 'saving', done: 3000, total: 110_000 },
    });
    expect(saving.status).toBe('Saving 3,000 of 110,000…');
    expect(saving.bar?.getAttribute('aria-label')).toBe('Import progress');
    expect(saving.bar?.getAttribute('value')).toBe('3000');
    expect(saving.bar?.getAttribute('max')).toBe('110000');

    const reading = show({
      state: 'importing',
      progress: { kind: 'progress', phase: 'reading', done: 5, total: 10 },
    });
    expect(reading.status).toBe('Reading the file…');
    const checking = show({
      state: 'importing',
      progress: { kind: 'progress', phase: 'checking', done: 0, total: 0 },
    });
    expect(checking.status).toBe('Checking…');
    expect(checking.bar?.hasAttribute('value')).toBe(false);
    expect(show({ state: 'importing', progress: null }).status).toBe('Importing…');
  });

  it('shows no bar once the import is over', () => {
    expect(show({ state: 'done', summary: 'Imported.' }).bar).toBeNull();
    expect(show({ state: 'idle' }).bar).toBeNull();
  });
});
