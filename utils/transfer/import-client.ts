import { importSizeProblem } from '../export/import';
import {
  IMPORT_PORT,
  ImportReplySchema,
  type ImportOutcome,
  type ImportPort,
  type ImportProgress,
} from './import-protocol';
import { importFailure } from './run-import';

/** How a page reaches the background's import: where it stages a file, and the port it opens. */
export interface ImportLine {
  /** Keep the file where the background can read it (`utils/db/staging.ts`); answers its id. */
  stage: (file: Blob) => Promise<string>;
  /** Open a runtime port named `name` to the background. */
  connect: (name: string) => ImportPort;
}

const stopped = (detail: string): ImportOutcome => ({ kind: 'failed', code: 'worker', detail });

/** Ask the background on the import port to import what was staged, hearing its progress. */
function askBackground(
  line: ImportLine,
  staged: string,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const port = line.connect(IMPORT_PORT);
    let done = false;
    const finish = (outcome: ImportOutcome) => {
      if (done) return;
      done = true;
      port.disconnect();
      resolve(outcome);
    };
    port.onMessage.addListener((message) => {
      const reply = ImportReplySchema.safeParse(message);
      if (!reply.success) finish(stopped('unexpected message from the background'));
      else if (reply.data.kind === 'progress') onProgress(reply.data);
      else finish(reply.data);
    });
    port.onDisconnect.addListener(() =>
      finish(stopped('the background stopped before the import ended')),
    );
    try {
      port.postMessage({ staged });
    } catch {
      finish(stopped('the background closed the import port'));
    }
  });
}

/**
 * Import `file` through the background's data owner, the library's one writer: the page stages
 * the file (a Blob, stored by reference, however large), and the background reads, checks and
 * saves it, reporting each step. A file over the size limit is refused unread and unstaged.
 */
export async function importInBackground(
  file: Blob,
  onProgress: (progress: ImportProgress) => void,
  line: ImportLine,
): Promise<ImportOutcome> {
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) return { kind: 'invalid', problems: [tooLarge], more: 0 };
  onProgress({ kind: 'progress', phase: 'reading', done: 0, total: file.size });
  let staged: string;
  try {
    staged = await line.stage(file);
  } catch (e) {
    return importFailure(e, 'read');
  }
  return askBackground(line, staged, onProgress);
}
