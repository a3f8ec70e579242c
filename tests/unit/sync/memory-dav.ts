import { errorForStatus, SyncError } from '../../../utils/sync/errors';
import type { Entry, Remote } from '../../../utils/sync/remote';

/** How a server behaves where servers differ (see the table in docs/sync.md). */
export interface ServerProfile {
  /** `If-None-Match: *` on an existing file: refused (Apache) or ignored (nginx, rclone). */
  honoursIfNoneMatch: boolean;
  /** A PUT whose connection is cut leaves the part received (rclone, webdav-server). */
  keepsPartial: boolean;
  /** What a GET or PROPFIND under a missing folder answers (坚果云: 409). */
  missingAncestor: 404 | 409;
  /** MKCOL on an existing folder (Apache/nginx 405, 坚果云 409, rclone 201). */
  mkcolExisting: 405 | 409 | 201;
}

export const APACHE_LIKE: ServerProfile = {
  honoursIfNoneMatch: true,
  keepsPartial: false,
  missingAncestor: 404,
  mkcolExisting: 405,
};
/** What the reader's servers that are hardest on sync do: nothing conditional, partial files kept. */
export const HOSTILE: ServerProfile = {
  honoursIfNoneMatch: false,
  keepsPartial: true,
  missingAncestor: 409,
  mkcolExisting: 409,
};

export type Fault = number | 'network' | 'cut' | 'lost' | null;

/**
 * An in-memory WebDAV server (files and folders by path), with the differences between real
 * servers chosen by a profile, and faults injected per request: a status, `network` (nothing
 * happens), `cut` (a PUT cut mid-body) or `lost` (written, but the answer never comes back).
 */
export class MemoryDav {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number; tag: number }>();
  readonly dirs = new Set<string>(['']);
  private tag = 0;
  /** Requests by method, as a server log would count them. */
  readonly requests: Record<string, number> = {};
  fault: ((method: string, path: string) => Fault) | null = null;

  constructor(
    public profile: ServerProfile = APACHE_LIKE,
    public clock: () => number = () => 0,
  ) {}

  private parent(path: string) {
    return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  }

  put(path: string, bytes: Uint8Array, ifNoneMatch = false): number {
    if (!this.dirs.has(this.parent(path))) return 409;
    const exists = this.files.has(path);
    if (ifNoneMatch && exists && this.profile.honoursIfNoneMatch) return 412;
    this.files.set(path, { bytes: bytes.slice(), mtime: this.clock(), tag: ++this.tag });
    return exists ? 204 : 201;
  }

  mkcol(path: string): number {
    if (this.dirs.has(path)) return this.profile.mkcolExisting;
    if (this.files.has(path)) return 405;
    if (!this.dirs.has(this.parent(path))) return 409;
    this.dirs.add(path);
    return 201;
  }

  list(path: string): Entry[] | null {
    if (!this.dirs.has(path)) return null;
    const prefix = path ? `${path}/` : '';
    const out: Entry[] = [];
    for (const [p, f] of this.files) {
      if (p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) {
        out.push({
          name: p.slice(prefix.length),
          dir: false,
          size: f.bytes.length,
          etag: `"${f.tag}"`,
          modified: new Date(f.mtime).toUTCString(),
        });
      }
    }
    for (const d of this.dirs) {
      if (d !== path && d.startsWith(prefix) && !d.slice(prefix.length).includes('/')) {
        out.push({
          name: d.slice(prefix.length),
          dir: true,
          size: null,
          etag: null,
          modified: null,
        });
      }
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** A client of this server, its paths under `root`. */
  remote(root = 'sync'): Remote {
    const at = (p: string) => (p ? `${root}/${p}` : root);
    const check = (method: string, path: string) => {
      this.requests[method] = (this.requests[method] ?? 0) + 1;
      const f = this.fault?.(method, path) ?? null;
      if (f === 'network') throw new SyncError('offline', `${method} ${path}: network down`);
      if (typeof f === 'number') throw errorForStatus(f, `${method} ${path}`);
      return f;
    };
    return {
      read: async (path) => {
        check('GET', at(path));
        const f = this.files.get(at(path));
        // 404, or 409 under a missing folder: the client reads both as "not there".
        return f ? f.bytes.slice() : null;
      },
      write: async (path, data, options) => {
        const f = check('PUT', at(path));
        if (f === 'cut') {
          if (this.profile.keepsPartial) this.put(at(path), data.slice(0, data.length >> 1));
          throw new SyncError('offline', `PUT ${path}: connection dropped`);
        }
        const status = this.put(at(path), data, options?.create);
        if (f === 'lost') throw new SyncError('offline', `PUT ${path}: no answer`);
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
        // As the HTTP client does: 405 and 409 both say "maybe there already".
        const status = this.mkcol(at(path));
        if (status === 405 || status === 409) return 'exists';
        if (status >= 400) throw errorForStatus(status, `MKCOL ${path}`);
        return 'created';
      },
      remove: async (path) => {
        check('DELETE', at(path));
        this.files.delete(at(path));
      },
    };
  }
}
