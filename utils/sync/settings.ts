import { z } from 'zod';
import type { SyncErrorCode } from './errors';
import type { SyncState, StateStore } from './local';

/*
 * What sync keeps in `storage.local`: the reader's settings (credentials included: they never
 * leave the extension's storage, never go into an export, a log or a message to a page), this
 * device's progress per remote, and the status shown on the options page.
 */
export const SETTINGS_KEY = 'sync.settings';
export const STATE_KEY = 'sync.state';
export const STATUS_KEY = 'sync.status';

export const SyncSettingsSchema = z.object({
  url: z.string().max(2000),
  user: z.string().max(500),
  password: z.string().max(1000),
  passphrase: z.string().max(1000),
  auto: z.boolean(),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

export const EMPTY_SETTINGS: SyncSettings = {
  url: '',
  user: '',
  password: '',
  passphrase: '',
  auto: true,
};

export const SyncStateSchema = z.object({
  deviceId: z.string(),
  remote: z.string(),
  nextSeq: z.number().int().nonnegative(),
  pending: z.object({ name: z.string(), seq: z.number().int().nonnegative() }).nullable(),
  own: z.array(z.string()),
  applied: z.array(z.string()),
  cover: z.record(z.string(), z.number().int()),
  manifest: z
    .object({
      text: z.string(),
      size: z.number().nullable(),
      modified: z.string().nullable(),
      etag: z.string().nullable(),
    })
    .nullable(),
  baseEnd: z.number().int().nullable().default(null),
  tailKeys: z.array(z.string()).default([]),
  retired: z.array(z.string()).default([]),
  previous: z.array(z.string()).max(50).default([]),
  owed: z.object({ republish: z.boolean(), resnapshot: z.boolean() }).nullable().default(null),
  lastSyncAt: z.string().nullable(),
});

export type SyncStateName = 'off' | 'syncing' | 'ok' | 'error';

export interface SyncStatus {
  state: SyncStateName;
  /** Why the last sync stopped (state `error`). */
  code: SyncErrorCode | null;
  /** When the last sync that completed ended. */
  lastSyncAt: string | null;
  /** While syncing: records published / applied of the total, by phase. */
  progress: { phase: 'upload' | 'download'; done: number; total: number } | null;
  /** What the last run was: a full sync or only a test of the connection. */
  mode: 'sync' | 'test';
}

export const OFF_STATUS: SyncStatus = {
  state: 'off',
  code: null,
  lastSyncAt: null,
  progress: null,
  mode: 'sync',
};

/** The part of `storage.local` sync uses (the browser's, or a fake in tests). */
export interface KeyValueStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** A URL sync can use: http(s), with a trailing slash so relative paths stay inside it. */
export function normalizeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  parsed.hash = '';
  parsed.search = '';
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.toString();
}

/**
 * How safe an address is: https; http to this computer or the local network (a NAS), where the
 * reader is warned and a passphrase recommended; or http across the internet, which is refused
 * (the password and, without a passphrase, every note would cross it in clear).
 */
export type UrlSafety = 'https' | 'local-http' | 'public-http' | 'invalid';

const PRIVATE_V4 = [/^127\./, /^10\./, /^192\.168\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./];

export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host.endsWith('.local') || host.endsWith('.lan') || host.endsWith('.home.arpa')) return true;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return PRIVATE_V4.some((re) => re.test(host));
  if (host.includes(':')) return host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  // A bare name (no dot) resolves on the local network only.
  return !host.includes('.');
}

export function urlSafety(url: string): UrlSafety {
  const normal = normalizeUrl(url);
  if (!normal) return 'invalid';
  const parsed = new URL(normal);
  if (parsed.protocol === 'https:') return 'https';
  return isLocalHost(parsed.hostname) ? 'local-http' : 'public-http';
}

export const isConfigured = (s: SyncSettings) => normalizeUrl(s.url) !== null && s.user !== '';

export async function loadSettings(storage: KeyValueStorage): Promise<SyncSettings> {
  const raw = (await storage.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = SyncSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { ...EMPTY_SETTINGS };
}

export function saveSettings(storage: KeyValueStorage, settings: SyncSettings): Promise<void> {
  return storage.set({ [SETTINGS_KEY]: SyncSettingsSchema.parse(settings) });
}

export async function loadStatus(storage: KeyValueStorage): Promise<SyncStatus> {
  const raw = (await storage.get(STATUS_KEY))[STATUS_KEY] as SyncStatus | undefined;
  return raw && typeof raw === 'object' && 'state' in raw ? raw : { ...OFF_STATUS };
}

/** This device's sync progress, kept per remote in `storage.local`. */
export function storageState(storage: KeyValueStorage): StateStore {
  return {
    async load(): Promise<SyncState | null> {
      const parsed = SyncStateSchema.safeParse((await storage.get(STATE_KEY))[STATE_KEY]);
      return parsed.success ? parsed.data : null;
    },
    save: (state) => storage.set({ [STATE_KEY]: state }),
  };
}
