import { parseXML } from 'webdav';
import { errorForStatus, SyncError } from './errors';
import { request, type HttpDeps } from './http';
import { MAX_FILE_BYTES, MAX_LISTED_FILES, MAX_LISTING_BYTES } from './limits';
import type { Entry, Remote } from './remote';

/** The folder sync keeps its files in, under the URL the reader gives. */
export const SYNC_FOLDER = 'ai-news-annotator';

export interface Account {
  url: string;
  user: string;
  password: string;
}

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>' +
  '<d:resourcetype/><d:getcontentlength/><d:getlastmodified/><d:getetag/></d:prop></d:propfind>';

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

const decodePath = (path: string) => {
  try {
    return decodeURIComponent(path).replace(/\/+$/, '');
  } catch {
    return path.replace(/\/+$/, '');
  }
};

/** The entries of a PROPFIND answer, without the folder itself (hrefs may be paths or URLs). */
export async function parseListing(xml: string, folderUrl: string): Promise<Entry[]> {
  const result = await parseXML(xml);
  const self = decodePath(new URL(folderUrl).pathname);
  const entries: Entry[] = [];
  for (const r of result.multistatus.response ?? []) {
    const path = decodePath(new URL(String(r.href), folderUrl).pathname);
    if (path === self || !path.startsWith(`${self}/`)) continue;
    const name = path.slice(self.length + 1);
    if (!name || name.includes('/')) continue;
    const stats = Array.isArray(r.propstat) ? r.propstat : r.propstat ? [r.propstat] : [];
    const props = stats.find((s) => /\s200\s/.test(` ${s.status} `))?.prop ?? stats[0]?.prop;
    const size = Number(props?.getcontentlength);
    entries.push({
      name,
      dir: props?.resourcetype?.collection !== undefined,
      size: props?.getcontentlength !== undefined && Number.isFinite(size) ? size : null,
      etag: props?.getetag ? String(props.getetag) : null,
      modified: props?.getlastmodified ? String(props.getlastmodified) : null,
    });
    if (entries.length > MAX_LISTED_FILES) break;
  }
  return entries;
}

/** Requests to paths under the sync folder of the reader's account, with their credentials. */
function davClient(account: Account, deps: HttpDeps, folder: string) {
  const base = new URL(`${encodeURIComponent(folder)}/`, account.url).toString();
  const urlOf = (path: string) =>
    path ? new URL(path.split('/').map(encodeURIComponent).join('/'), base).toString() : base;
  const headers = { Authorization: basicAuth(account.user, account.password) };
  const send = (
    method: string,
    path: string,
    more: { body?: Uint8Array | string; headers?: Record<string, string>; maxBytes?: number } = {},
  ) =>
    request(deps, {
      method,
      url: urlOf(path),
      headers: { ...headers, ...more.headers },
      body: more.body,
      maxBytes: more.maxBytes ?? 64 * 1024,
      idempotent: method !== 'PUT' && method !== 'MKCOL',
    });
  const fail = (status: number, method: string, path: string) =>
    errorForStatus(status, `${method} ${path || '/'}`);
  return { urlOf, headers, send, fail, deps };
}
type DavClient = ReturnType<typeof davClient>;

/** The files of the folder at `path` (PROPFIND, depth 1), or null when it is not there. */
async function listFolder(dav: DavClient, path: string) {
  const url = dav.urlOf(path ? `${path}/` : '');
  const a = await request(dav.deps, {
    method: 'PROPFIND',
    url,
    headers: { ...dav.headers, Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
    body: PROPFIND_BODY,
    maxBytes: MAX_LISTING_BYTES,
    idempotent: true,
  });
  if (a.status === 404 || a.status === 409 || a.status === 410) return null;
  if (a.status !== 207) throw dav.fail(a.status, 'PROPFIND', path);
  try {
    return await parseListing(new TextDecoder().decode(a.bytes), url);
  } catch (e) {
    throw new SyncError('server', `PROPFIND ${path || '/'}: not a WebDAV listing`, {
      cause: e,
    });
  }
}

/**
 * Sync's operations on the reader's WebDAV account, on paths under `SYNC_FOLDER`: the platform's
 * fetch with a timeout, retries and the request budget (`./http`), answers read up to a cap.
 */
export function webdavRemote(account: Account, deps: HttpDeps, folder = SYNC_FOLDER): Remote {
  const dav = davClient(account, deps, folder);
  const { send, fail } = dav;
  return {
    async read(path, maxBytes = MAX_FILE_BYTES) {
      const a = await send('GET', path, { maxBytes });
      if (a.status === 404 || a.status === 409 || a.status === 410) return null;
      if (a.status !== 200) throw fail(a.status, 'GET', path);
      return a.bytes;
    },
    async write(path, data, options) {
      const a = await send('PUT', path, {
        body: data,
        headers: {
          'Content-Type': 'application/octet-stream',
          ...(options?.create ? { 'If-None-Match': '*' } : {}),
        },
      });
      if (a.status === 412) return 'exists';
      if (a.status < 200 || a.status >= 300) throw fail(a.status, 'PUT', path);
      return 'written';
    },
    list: (path) => listFolder(dav, path),
    async makeDir(path) {
      const a = await send('MKCOL', path ? `${path}/` : '');
      if (a.status >= 200 && a.status < 300) return 'created';
      // 405: there already (Apache, nginx); 坚果云 answers 409 for an existing folder too, and
      // 409 also means "a folder above is missing": the caller lists to tell them apart.
      if (a.status === 405 || a.status === 409) return 'exists';
      throw fail(a.status, 'MKCOL', path);
    },
    async remove(path) {
      const a = await send('DELETE', path);
      if (a.status === 404 || a.status === 409 || (a.status >= 200 && a.status < 300)) return;
      throw fail(a.status, 'DELETE', path);
    },
  };
}
