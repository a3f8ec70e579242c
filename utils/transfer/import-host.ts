import type { ImportResult } from '../db';
import type { ExportFile } from '../schemas';
import {
  IMPORT_PORT,
  ImportStartSchema,
  type ImportOutcome,
  type ImportPort,
  type ImportReply,
} from './import-protocol';
import { importFailure, runImport } from './run-import';

/*
 * The background's side of an import: a page staged a file (`utils/db/staging.ts`) and asks on
 * the import port to have it imported. The file is read, checked and merged here, by the data
 * owner (the library's one writer), which announces the change on the change feed like any other.
 */

export interface ImportHostDeps {
  /** The data owner's import: one transaction, then the change feed. */
  save: (
    file: ExportFile,
    onProgress: (done: number, total: number) => void,
  ) => Promise<ImportResult>;
  readStaged: (id: string) => Promise<Blob | null>;
  dropStaged: (id: string) => Promise<void>;
  now?: () => Date;
}

/** Import the file staged under `id`, then let the staged copy go, however the import ended. */
export async function importStaged(
  deps: ImportHostDeps,
  id: string,
  onProgress: (reply: ImportReply) => void,
): Promise<ImportOutcome> {
  try {
    const file = await deps.readStaged(id);
    if (!file) return { kind: 'failed', code: 'read', detail: 'no staged file under that id' };
    return await runImport(file, { save: deps.save, onProgress, now: deps.now });
  } catch (e) {
    return importFailure(e, 'read');
  } finally {
    await deps.dropStaged(id).catch(() => undefined);
  }
}

/**
 * A port connected: serve it if it is an import port of one of the extension's own pages (one
 * import per port, its progress and outcome posted back while the page listens). Answers whether
 * the port was an import port. The import goes on if the page closes meanwhile.
 */
export function serveImportPort(
  port: ImportPort,
  extension: { id: string; origin: string },
  deps: ImportHostDeps,
): boolean {
  if (port.name !== IMPORT_PORT) return false;
  if (port.sender?.id !== extension.id || !port.sender.url?.startsWith(extension.origin)) {
    port.disconnect();
    return true;
  }
  let open = true;
  let started = false;
  port.onDisconnect.addListener(() => (open = false));
  const post = (reply: ImportReply) => {
    if (!open) return;
    try {
      port.postMessage(reply);
    } catch {
      open = false; // the page went away: the import finishes without it
    }
  };
  port.onMessage.addListener((message) => {
    const start = ImportStartSchema.safeParse(message);
    if (started || !start.success) return;
    started = true;
    void importStaged(deps, start.data.staged, post).then(post);
  });
  return true;
}
