import {
  ImportWorkerReplySchema,
  type ImportOutcome,
  type ImportProgress,
} from '../transfer/import-worker-protocol';

/** Whether `view` can run the import in a worker (test pages without workers cannot). */
export function canImportInWorker(view: Window | null): boolean {
  return typeof (view as { Worker?: unknown } | null)?.Worker === 'function';
}

/**
 * Import `file` in a dedicated worker, so reading, checking and saving a large file never holds
 * up the popup. Resolves with how the import ended; every message from the worker is checked.
 */
export function importInWorker(
  file: File,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../transfer/import.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = (outcome: ImportOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent) => {
      const reply = ImportWorkerReplySchema.safeParse(event.data);
      if (!reply.success) {
        finish({ kind: 'failed', code: 'worker', detail: 'unexpected message from the worker' });
      } else if (reply.data.kind === 'progress') {
        onProgress(reply.data);
      } else {
        finish(reply.data);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({
        kind: 'failed',
        code: 'worker',
        detail: event.message || 'the worker did not start',
      });
    };
    worker.onmessageerror = () => {
      finish({ kind: 'failed', code: 'worker', detail: 'unreadable message from the worker' });
    };
    worker.postMessage({ file });
  });
}
