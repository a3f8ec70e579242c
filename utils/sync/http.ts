import { errorForStatus, SyncError } from './errors';
import {
  BACKOFF_MS,
  MAX_ATTEMPTS,
  MAX_RETRY_AFTER_MS,
  REQUEST_TIMEOUT_MS,
  TIMEOUT_MS_PER_BYTE,
} from './limits';
import { offline } from './remote';

/** Counts requests against this device's budgets; throws SyncError('budget') when one is spent. */
export interface Budget {
  take(what: string): void;
}

export interface HttpDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  budget: Budget;
  /** Base timeout of one request (tests use less). */
  timeoutMs?: number;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array | string;
  /** Largest answer read; more is refused (`too-large`). */
  maxBytes: number;
  /** Safe to send again after the connection dropped (reads). */
  idempotent: boolean;
}

export interface HttpAnswer {
  status: number;
  bytes: Uint8Array;
}

/** Statuses that mean "wait and ask again": rate limits, maintenance, a locked file. */
const RETRY_STATUSES = new Set([423, 429, 503]);

/** Milliseconds a `Retry-After` asks for (seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

async function readCapped(response: Response, maxBytes: number, what: string) {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new SyncError('too-large', `${what}: ${declared} bytes is more than sync reads`);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new SyncError('too-large', `${what}: more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** One attempt, with its own timeout (longer for a large body). */
async function attempt(deps: HttpDeps, req: HttpRequest): Promise<HttpAnswer & { res: Response }> {
  const size = typeof req.body === 'string' ? req.body.length : (req.body?.length ?? 0);
  const ms = (deps.timeoutMs ?? REQUEST_TIMEOUT_MS) + size * TIMEOUT_MS_PER_BYTE;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  const what = `${req.method} ${req.url}`;
  try {
    const res = await deps.fetch(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body as BodyInit | undefined,
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
    const cap = res.ok ? req.maxBytes : Math.min(req.maxBytes, 64 * 1024);
    return { status: res.status, bytes: await readCapped(res, cap, what), res };
  } catch (e) {
    if (e instanceof SyncError) throw e;
    const timedOut = controller.signal.aborted;
    throw offline(timedOut ? `${what}: no answer within ${Math.round(ms / 1000)} s` : what, e);
  } finally {
    clearTimeout(timer);
  }
}

/** 坚果云 answers throttling with 401 and `BlockedTemporarily` in the body. */
const isBlockedTemporarily = (a: HttpAnswer) =>
  a.status === 401 &&
  new TextDecoder().decode(a.bytes.subarray(0, 4096)).includes('BlockedTemporarily');

/**
 * A request with a timeout, counted against the budget, sent again (up to MAX_ATTEMPTS) after
 * 429 / 503 / 423 as `Retry-After` says or with backoff, and after a dropped connection when it
 * is a read. Answers any other status as it came; throttling that lasts becomes `throttled`.
 */
export async function request(deps: HttpDeps, req: HttpRequest): Promise<HttpAnswer> {
  const what = `${req.method} ${req.url}`;
  for (let n = 1; ; n++) {
    deps.budget.take(what);
    let answer: HttpAnswer & { res: Response };
    try {
      answer = await attempt(deps, req);
    } catch (e) {
      const err = e as SyncError;
      if (err.code !== 'offline' || !req.idempotent || n >= MAX_ATTEMPTS) throw err;
      await deps.sleep(BACKOFF_MS[n - 1] ?? BACKOFF_MS.at(-1)!);
      continue;
    }
    if (isBlockedTemporarily(answer)) {
      throw new SyncError('throttled', `${what}: HTTP 401 BlockedTemporarily`);
    }
    if (!RETRY_STATUSES.has(answer.status)) return answer;
    const wait = retryAfterMs(answer.res.headers.get('retry-after')) ?? BACKOFF_MS[n - 1];
    if (n >= MAX_ATTEMPTS || wait === undefined || wait > MAX_RETRY_AFTER_MS) {
      throw errorForStatus(answer.status, what);
    }
    await deps.sleep(wait);
  }
}
