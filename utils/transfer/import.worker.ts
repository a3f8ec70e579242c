import '../zod-config'; // first: before any schema is built
import { openDb, type Db } from '../db';
import { ImportRequestSchema, type ImportWorkerReply } from './import-worker-protocol';
import { runImport } from './run-import';

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: ImportWorkerReply): void;
  close(): void;
}

const scope = self as unknown as WorkerScope;
const reply = (message: ImportWorkerReply) => scope.postMessage(message);

/** One import per worker: read, check and save the file it is given, then say how it ended. */
scope.onmessage = async (event) => {
  const request = ImportRequestSchema.safeParse(event.data);
  if (!request.success) {
    reply({ kind: 'failed', code: 'worker', detail: 'no file in the request' });
    return;
  }
  let db: Db | undefined;
  const outcome = await runImport(request.data.file, {
    openDb: async () => (db = await openDb()),
    onProgress: reply,
  });
  db?.close();
  reply(outcome);
};
