// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TransferBar } from '../../../components/popup/TransferBar';
import { canImportInWorker, importInWorker } from '../../../utils/popup/import-in-worker';
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
  vi.unstubAllGlobals();
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

interface ScriptedWorker {
  onerror: ((e: ErrorEvent) => void) | null;
  say(data: unknown): void;
}

/** A stand-in worker that answers each request with the scripted messages. */
function stubWorker(script: (worker: ScriptedWorker) => void) {
  const made: FakeWorker[] = [];
  class FakeWorker implements ScriptedWorker {
    onmessage: ((e: MessageEvent) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    terminated = false;
    posted: unknown[] = [];
    constructor(
      readonly url: URL,
      readonly options: WorkerOptions,
    ) {
      made.push(this);
    }
    postMessage(data: unknown) {
      this.posted.push(data);
      queueMicrotask(() => script(this));
    }
    say(data: unknown) {
      this.onmessage?.(new MessageEvent('message', { data }));
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

describe('importInWorker', () => {
  const file = new File(['{}'], 'export.json');

  it('is used only where workers exist', () => {
    expect(canImportInWorker(null)).toBe(false);
    expect(canImportInWorker({ Worker: class {} } as unknown as Window)).toBe(true);
  });

  it('forwards progress and resolves with the outcome, then ends the worker', async () => {
    const made = stubWorker((w) => {
      w.say({ kind: 'progress', phase: 'reading', done: 1, total: 2 });
      const counts = { added: 1, updated: 0, kept: 0 };
      w.say({ kind: 'done', result: { articles: counts, highlights: counts, links: counts } });
    });
    const progress = vi.fn();
    const outcome = await importInWorker(file, progress);
    expect(outcome.kind).toBe('done');
    expect(progress).toHaveBeenCalledWith({
      kind: 'progress',
      phase: 'reading',
      done: 1,
      total: 2,
    });
    expect(made[0]!.options).toEqual({ type: 'module' });
    expect(made[0]!.posted).toEqual([{ file }]);
    expect(made[0]!.terminated).toBe(true);
  });

  it('refuses a message that does not fit the protocol', async () => {
    stubWorker((w) => w.say({ kind: 'done', result: 'everything' }));
    expect(await importInWorker(file, () => {})).toMatchObject({ kind: 'failed' });
  });

  it('reports a worker that fails to run', async () => {
    stubWorker((w) =>
      w.onerror?.(new ErrorEvent('error', { message: 'Failed to load the import worker' })),
    );
    expect(await importInWorker(file, () => {})).toEqual({
      kind: 'failed',
      code: 'worker',
      detail: 'Failed to load the import worker',
    });
  });
});
