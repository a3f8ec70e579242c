import { createClient, type FileStat, type WebDAVClient } from 'webdav';
import { errorForStatus, SyncError } from './errors';
import { offline, type Remote } from './remote';

/** The folder sync keeps its files in, under the URL the reader gives. */
export const SYNC_FOLDER = 'ai-news-annotator';

export interface Account {
  url: string;
  user: string;
  password: string;
}

/** A WebDAV client for the reader's account (the `webdav` package, over the platform's fetch). */
export function createWebdavClient(account: Account): WebDAVClient {
  return createClient(account.url, {
    username: account.user,
    password: account.password,
    // Never an answer from the HTTP cache: another device may have changed the file.
    headers: { 'Cache-Control': 'no-cache', Pragma: 'no-cache' },
  });
}

function statusOf(e: unknown): number | null {
  const status = (e as { status?: unknown; response?: { status?: unknown } } | null)?.status;
  if (typeof status === 'number') return status;
  const response = (e as { response?: { status?: unknown } } | null)?.response?.status;
  return typeof response === 'number' ? response : null;
}

/** An HTTP error as SyncError; anything else (fetch failed, connection dropped) is `offline`. */
function failure(e: unknown, what: string): SyncError {
  if (e instanceof SyncError) return e;
  const status = statusOf(e);
  return status === null ? offline(what, e) : errorForStatus(status, what);
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return new Uint8Array(data.buffer, data.byteOffset, data.length);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (typeof data === 'string') return new TextEncoder().encode(data);
  throw new SyncError('damaged', 'unexpected response body');
}

/** Sync's operations over a WebDAV client, on paths under `SYNC_FOLDER`. */
export function webdavRemote(client: WebDAVClient, folder = SYNC_FOLDER): Remote {
  const at = (path: string) => (path ? `/${folder}/${path}` : `/${folder}`);
  return {
    async read(path) {
      try {
        return toBytes(await client.getFileContents(at(path), { format: 'binary' }));
      } catch (e) {
        if (statusOf(e) === 404) return null;
        throw failure(e, `GET ${path}`);
      }
    },
    async write(path, data, options) {
      try {
        const written = await client.putFileContents(at(path), data.slice().buffer, {
          overwrite: !options?.create,
        });
        return written ? 'written' : 'exists';
      } catch (e) {
        throw failure(e, `PUT ${path}`);
      }
    },
    async list(path) {
      try {
        const entries = (await client.getDirectoryContents(at(path))) as FileStat[];
        return entries.map((e) => e.basename).filter((name) => name !== '');
      } catch (e) {
        if (statusOf(e) === 404) return null;
        throw failure(e, `PROPFIND ${path}`);
      }
    },
    async makeDir(path) {
      try {
        await client.createDirectory(at(path));
      } catch (e) {
        // 405: the folder is there already. Another device making it at the same moment can
        // get other answers (Apache: 403): what counts is whether the folder is there now.
        if (statusOf(e) === 405) return;
        const there = await client.exists(at(path)).catch(() => false);
        if (!there) throw failure(e, `MKCOL ${path}`);
      }
    },
  };
}
