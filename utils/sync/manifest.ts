import { z } from 'zod';
import {
  decodeJson,
  decrypt,
  encodeJson,
  encrypt,
  encryptedCodec,
  plainCodec,
  type Codec,
} from './codec';
import { SyncError } from './errors';
import {
  MAX_MANIFEST_BYTES,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
} from './limits';
import { SYNC_FORMAT, SYNC_VERSION } from './model';
import { MANIFEST_NAME } from './names';
import type { Entry, Remote } from './remote';
import type { ManifestCache } from './local';

export const MANIFEST_PATH = MANIFEST_NAME;
export { PBKDF2_ITERATIONS };
const SALT_BYTES = 16;
/** Encrypted with the key into `check`: a wrong passphrase fails to open it, so it is told apart. */
const CHECK_TEXT = 'ai-news-annotator key check';

const Base64 = z.string().max(400);
export const ManifestSchema = z.object({
  format: z.literal(SYNC_FORMAT),
  version: z.number().int().positive(),
  /** Random: a remote wiped and set up again is a new remote. */
  id: z.string().min(8).max(64),
  createdAt: z.string(),
  encryption: z
    .object({
      kdf: z.literal('PBKDF2-SHA256'),
      iterations: z.number().int().min(1),
      salt: Base64,
      check: Base64,
    })
    .nullable(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export interface ManifestDeps {
  remote: Remote;
  crypto: Crypto;
  now: () => string;
  /**
   * Iterations for a new encrypted remote (tests use fewer); a manifest asking for fewer than
   * this or MIN_PBKDF2_ITERATIONS, whichever is less, is refused.
   */
  iterations?: number;
}

/** Keys derived from passphrases while the background runs; null: that passphrase is wrong. */
export type KeyCache = Map<string, CryptoKey | null>;

export const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
export const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function deriveKey(
  crypto: Crypto,
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase) as BufferSource,
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Parse the remote's manifest; refuse a newer format. */
export function parseManifest(bytes: Uint8Array): Manifest {
  const raw = decodeJson(bytes, MANIFEST_PATH) as { format?: unknown; version?: unknown };
  if (
    raw?.format === SYNC_FORMAT &&
    typeof raw.version === 'number' &&
    raw.version > SYNC_VERSION
  ) {
    throw new SyncError(
      'newer-format',
      `remote format ${raw.version} is newer than ${SYNC_VERSION}`,
    );
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) throw new SyncError('damaged', `${MANIFEST_PATH} is not a sync manifest`);
  return parsed.data;
}

/** Whether a manifest's key derivation is within what this extension does (a server could lower it). */
function checkIterations(manifest: Manifest, iterations: number | undefined): void {
  const n = manifest.encryption?.iterations;
  if (n === undefined) return;
  const min = Math.min(MIN_PBKDF2_ITERATIONS, iterations ?? MIN_PBKDF2_ITERATIONS);
  if (n < min || n > MAX_PBKDF2_ITERATIONS) {
    throw new SyncError('damaged', `${MANIFEST_PATH} asks for ${n} PBKDF2 iterations`);
  }
}

async function newManifest(
  deps: ManifestDeps,
  passphrase: string,
): Promise<{ manifest: Manifest; key: CryptoKey | null }> {
  const id = toBase64(deps.crypto.getRandomValues(new Uint8Array(12))).replace(/[+/=]/g, 'x');
  const base = { format: SYNC_FORMAT, version: SYNC_VERSION, id, createdAt: deps.now() } as const;
  if (!passphrase) return { manifest: { ...base, encryption: null }, key: null };
  const salt = deps.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iterations = deps.iterations ?? PBKDF2_ITERATIONS;
  const key = await deriveKey(deps.crypto, passphrase, salt, iterations);
  const check = await encrypt(deps.crypto, key, new TextEncoder().encode(CHECK_TEXT));
  const encryption = {
    kdf: 'PBKDF2-SHA256' as const,
    iterations,
    salt: toBase64(salt),
    check: toBase64(check),
  };
  return { manifest: { ...base, encryption }, key };
}

/** The codec a manifest and passphrase give; refuses a wrong or missing passphrase clearly. */
export async function codecFor(
  manifest: Manifest,
  passphrase: string,
  crypto: Crypto,
  keyCache?: KeyCache,
): Promise<Codec> {
  const enc = manifest.encryption;
  if (!enc) {
    if (passphrase) throw new SyncError('not-encrypted', 'the remote is not encrypted');
    return plainCodec;
  }
  if (!passphrase) throw new SyncError('passphrase-needed', 'the remote is encrypted');
  const cacheKey = `${manifest.id}\n${enc.salt}\n${enc.iterations}\n${passphrase}`;
  const wrong = () => new SyncError('passphrase-wrong', 'the passphrase does not open this remote');
  let key = keyCache?.get(cacheKey);
  // A passphrase found wrong is not tried again (each try costs seconds of CPU).
  if (key === null) throw wrong();
  if (!key) {
    key = await deriveKey(crypto, passphrase, fromBase64(enc.salt), enc.iterations);
    const check = await decrypt(crypto, key, fromBase64(enc.check));
    if (!check || new TextDecoder().decode(check) !== CHECK_TEXT) {
      keyCache?.set(cacheKey, null);
      throw wrong();
    }
    keyCache?.set(cacheKey, key);
  }
  return encryptedCodec(crypto, key);
}

export interface OpenedManifest {
  manifest: Manifest;
  codec: Codec;
  /** What to remember of it (null: read it again next time). */
  cache: ManifestCache;
}

const sameFile = (entry: Entry, cache: ManifestCache) =>
  entry.size === cache.size &&
  entry.modified === cache.modified &&
  entry.etag === cache.etag &&
  (entry.modified !== null || entry.etag !== null);

const cacheOf = (text: string, entry?: Entry): ManifestCache => ({
  text,
  size: entry?.size ?? null,
  modified: entry?.modified ?? null,
  etag: entry?.etag ?? null,
});

async function open(
  deps: ManifestDeps,
  manifest: Manifest,
  text: string,
  entry: Entry | undefined,
  passphrase: string,
  keyCache?: KeyCache,
): Promise<OpenedManifest> {
  checkIterations(manifest, deps.iterations);
  const codec = await codecFor(manifest, passphrase, deps.crypto, keyCache);
  return { manifest, codec, cache: cacheOf(text, entry) };
}

/**
 * The remote's manifest, as the folder listing shows it: the remembered copy when the listing says
 * it is unchanged (no request), else read. A manifest of the first format is rewritten in this
 * one (same id and key, so nothing already encrypted changes). A missing or damaged manifest is
 * repaired: rewritten from the remembered copy when files of that remote are still there, else
 * created anew. Two devices creating it at once on a server that ignores `If-None-Match` may both
 * write; each reads back what stayed, and a device that used the other one starts over with it
 * at its next sync (its own library is published again; nothing is lost).
 */
export async function openManifest(
  deps: ManifestDeps,
  listing: readonly Entry[],
  remembered: ManifestCache | null,
  passphrase: string,
  keyCache?: KeyCache,
): Promise<OpenedManifest> {
  const entry = listing.find((e) => e.name === MANIFEST_PATH && !e.dir);
  if (entry && remembered && sameFile(entry, remembered)) {
    const manifest = parseManifest(encodeJson(JSON.parse(remembered.text)));
    return open(deps, manifest, remembered.text, entry, passphrase, keyCache);
  }
  if (entry) {
    const bytes = await deps.remote.read(MANIFEST_PATH, MAX_MANIFEST_BYTES);
    let manifest: Manifest | null = null;
    try {
      manifest = bytes ? parseManifest(bytes) : null;
    } catch (e) {
      if ((e as SyncError).code !== 'damaged') throw e;
    }
    if (manifest && manifest.version === SYNC_VERSION) {
      const text = new TextDecoder().decode(bytes!);
      return open(deps, manifest, text, entry, passphrase, keyCache);
    }
    if (manifest) return upgrade(deps, manifest, passphrase, keyCache);
  }
  const tags = new Set(listing.map((e) => e.name.split('.')[1]));
  if (remembered) {
    const manifest = parseManifest(encodeJson(JSON.parse(remembered.text)));
    if (tags.has(manifest.id)) {
      await deps.remote.write(MANIFEST_PATH, encodeJson(manifest));
      return open(deps, manifest, remembered.text, undefined, passphrase, keyCache);
    }
  }
  return create(deps, passphrase, keyCache);
}

/** A manifest of the first format, rewritten in this one with the same id and key. */
async function upgrade(
  deps: ManifestDeps,
  old: Manifest,
  passphrase: string,
  keyCache?: KeyCache,
): Promise<OpenedManifest> {
  const manifest: Manifest = { ...old, version: SYNC_VERSION };
  const opened = await open(
    deps,
    manifest,
    JSON.stringify(manifest),
    undefined,
    passphrase,
    keyCache,
  );
  await deps.remote.write(MANIFEST_PATH, encodeJson(manifest));
  return opened;
}

async function create(
  deps: ManifestDeps,
  passphrase: string,
  keyCache?: KeyCache,
): Promise<OpenedManifest> {
  const created = await newManifest(deps, passphrase);
  const bytes = encodeJson(created.manifest);
  // Read back what stayed: another device may have written its own at the same moment; on a
  // server that writes in place (rclone), two writes at once can even leave a mix of both, which
  // is written over again.
  let stayed: Manifest | null = null;
  for (let attempt = 0; attempt < 3 && !stayed; attempt++) {
    await deps.remote.write(MANIFEST_PATH, bytes, { create: attempt === 0 });
    const back = await deps.remote.read(MANIFEST_PATH, MAX_MANIFEST_BYTES);
    try {
      stayed = back ? parseManifest(back) : created.manifest;
    } catch (e) {
      if ((e as SyncError).code !== 'damaged') throw e;
    }
  }
  if (!stayed) throw new SyncError('damaged', `${MANIFEST_PATH} could not be written whole`);
  const text = JSON.stringify(stayed);
  if (stayed.id !== created.manifest.id) {
    return open(deps, stayed, text, undefined, passphrase, keyCache);
  }
  const codec = created.key ? encryptedCodec(deps.crypto, created.key) : plainCodec;
  return { manifest: stayed, codec, cache: cacheOf(text) };
}
