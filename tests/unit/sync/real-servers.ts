import { syncOnce, type SyncDeps, type SyncReport } from '../../../utils/sync/engine';
import { SyncError } from '../../../utils/sync/errors';
import type { Budget } from '../../../utils/sync/http';
import { webdavRemote } from '../../../utils/sync/webdav-remote';
import { testCrypto } from './helpers';
import { MemoryLocal, MemoryState } from './memory-local';

export interface Server {
  name: string;
  url: string;
  user: string;
  password: string;
  root: string;
  stop(): Promise<void>;
}

export const unlimited: Budget = { take: () => undefined };

/** A computer syncing with a real server over HTTP, as the extension does. */
export class Computer {
  readonly local = new MemoryLocal();
  readonly state = new MemoryState();
  readonly ids: string[] = [];
  /** The waits the client asked for (Retry-After, backoff); tests wait 10 ms instead. */
  readonly waits: number[] = [];
  constructor(
    readonly name: string,
    public url: string,
    public user: string,
    public password: string,
    public passphrase = '',
  ) {}

  put(key: string, fields: Record<string, unknown>) {
    const before = this.local.records.get(key) ?? { note: '' };
    this.local.records.set(key, { ...before, ...fields, updatedAt: new Date().toISOString() });
  }

  sync(
    extra: Partial<SyncDeps> & { budget?: Budget; timeoutMs?: number } = {},
  ): Promise<SyncReport> {
    const { budget, timeoutMs, ...rest } = extra;
    return syncOnce({
      remote: webdavRemote(
        { url: this.url, user: this.user, password: this.password },
        {
          fetch: (input, init) => fetch(input, init),
          sleep: async (ms) => {
            this.waits.push(ms);
            await new Promise((r) => setTimeout(r, 10));
          },
          budget: budget ?? unlimited,
          timeoutMs,
        },
      ),
      local: this.local,
      state: this.state,
      crypto: testCrypto,
      now: () => new Date().toISOString(),
      remoteLabel: `${this.url}\n${this.user}`,
      passphrase: this.passphrase,
      newDeviceId: () => {
        this.ids.push(`${this.name}-${this.ids.length}-${Math.random().toString(36).slice(2, 8)}`);
        return this.ids.at(-1)!;
      },
      iterations: 1000,
      ...rest,
    });
  }
}

export const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof SyncError ? e.code : `unexpected ${e}`),
  );

/** A fresh, empty folder on the server: its URL. */
export async function freshFolder(server: Server, name: string): Promise<string> {
  const auth = `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`;
  const r = await fetch(`${server.url}${name}/`, {
    method: 'MKCOL',
    headers: { authorization: auth },
  });
  if (r.status !== 201) throw new Error(`MKCOL ${name}: ${r.status}`);
  return `${server.url}${name}/`;
}
