import { errorForStatus, SyncError } from '../../../utils/sync/errors';
import type { Remote } from '../../../utils/sync/remote';

/**
 * An in-memory WebDAV server with Apache mod_dav_fs's conditional semantics: an ETag is weak
 * (`W/"…"`) while its file was changed within the last second, and `If-Match` with a weak ETag
 * always fails (412); `If-None-Match: *` fails (412) when the file exists; PUT into a missing
 * folder is 409; MKCOL on an existing folder is 405.
 */
export class MemoryDav {
  readonly files = new Map<string, { bytes: Uint8Array; etag: string; mtime: number }>();
  readonly dirs = new Set<string>(['']);
  private tag = 0;
  /** Faults to inject: return a status, 'network' (nothing happens) or 'cut' (half written). */
  fault: ((method: string, path: string) => number | 'network' | 'cut' | 'lost' | null) | null =
    null;

  constructor(public clock: () => number = () => 0) {}

  private parent(path: string) {
    return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  }

  etag(path: string): string | null {
    const f = this.files.get(path);
    if (!f) return null;
    return this.clock() - f.mtime < 1000 ? `W/"${f.etag}"` : `"${f.etag}"`;
  }

  get(path: string): { status: number; bytes?: Uint8Array } {
    const f = this.files.get(path);
    return f ? { status: 200, bytes: f.bytes.slice() } : { status: 404 };
  }

  put(path: string, bytes: Uint8Array, headers: { ifNoneMatch?: '*'; ifMatch?: string } = {}) {
    if (!this.dirs.has(this.parent(path))) return 409;
    const exists = this.files.has(path);
    if (headers.ifNoneMatch === '*' && exists) return 412;
    if (headers.ifMatch !== undefined) {
      const current = this.etag(path);
      if (!current || current.startsWith('W/') || current !== headers.ifMatch) return 412;
    }
    this.files.set(path, { bytes: bytes.slice(), etag: String(++this.tag), mtime: this.clock() });
    return exists ? 204 : 201;
  }

  mkcol(path: string) {
    if (this.dirs.has(path) || this.files.has(path)) return 405;
    if (!this.dirs.has(this.parent(path))) return 409;
    this.dirs.add(path);
    return 201;
  }

  list(path: string): string[] | null {
    if (!this.dirs.has(path)) return null;
    const prefix = path ? `${path}/` : '';
    const names = new Set<string>();
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (p !== path && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) {
        names.add(p.slice(prefix.length));
      }
    }
    return [...names].sort();
  }

  /** A client of this server, its paths under `root`. */
  remote(root = 'sync'): Remote {
    const at = (p: string) => (p ? `${root}/${p}` : root);
    const check = (method: string, path: string) => {
      const f = this.fault?.(method, path) ?? null;
      if (f === 'network') throw new SyncError('offline', `${method} ${path}: network down`);
      if (typeof f === 'number') throw errorForStatus(f, `${method} ${path}`);
      return f;
    };
    return {
      read: async (path) => {
        check('GET', at(path));
        const r = this.get(at(path));
        if (r.status === 404) return null;
        return r.bytes!;
      },
      write: async (path, data, options) => {
        const f = check('PUT', at(path));
        if (f === 'cut') {
          this.put(at(path), data.slice(0, data.length >> 1));
          throw new SyncError('offline', `PUT ${path}: connection dropped`);
        }
        if (f === 'lost') {
          // Written, but the answer never came back.
          this.put(at(path), data, options?.create ? { ifNoneMatch: '*' } : {});
          throw new SyncError('offline', `PUT ${path}: no answer`);
        }
        const status = this.put(at(path), data, options?.create ? { ifNoneMatch: '*' } : {});
        if (status === 412) return 'exists';
        if (status >= 400) throw errorForStatus(status, `PUT ${path}`);
        return 'written';
      },
      list: async (path) => {
        check('PROPFIND', at(path));
        return this.list(at(path));
      },
      makeDir: async (path) => {
        check('MKCOL', at(path));
        const status = this.mkcol(at(path));
        if (status >= 400 && status !== 405) throw errorForStatus(status, `MKCOL ${path}`);
      },
    };
  }
}
