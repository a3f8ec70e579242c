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
import { SYNC_FORMAT, SYNC_VERSION } from './model';
import type { Remote } from './remote';

export const MANIFEST_PATH = 'manifest.json';

/**
 * PBKDF2-SHA256 iterations for a passphrase key: OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
 * PBKDF2 because WebCrypto offers it in every browser (memory-hard Argon2 or scrypt would need
 * bundled WebAssembly); the count is stored per remote, so it can grow without breaking old ones.
 */
export const PBKDF2_ITERATIONS = 600_000;
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
      iterations: z.number().int().min(1000).max(10_000_000),
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
  /** Iterations for a new encrypted remote (tests use fewer). */
  iterations?: number;
}

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
  keyCache?: Map<string, CryptoKey>,
): Promise<Codec> {
  const enc = manifest.encryption;
  if (!enc) {
    if (passphrase) throw new SyncError('not-encrypted', 'the remote is not encrypted');
    return plainCodec;
  }
  if (!passphrase) throw new SyncError('passphrase-needed', 'the remote is encrypted');
  const cacheKey = `${manifest.id}\n${enc.salt}\n${enc.iterations}\n${passphrase}`;
  let key = keyCache?.get(cacheKey);
  if (!key) {
    key = await deriveKey(crypto, passphrase, fromBase64(enc.salt), enc.iterations);
    const check = await decrypt(crypto, key, fromBase64(enc.check));
    if (!check || new TextDecoder().decode(check) !== CHECK_TEXT) {
      throw new SyncError('passphrase-wrong', 'the passphrase does not open this remote');
    }
    keyCache?.set(cacheKey, key);
  }
  return encryptedCodec(crypto, key);
}

/**
 * Read the remote's manifest, or create it when there is none. Two devices creating it at once
 * cannot both win: it is written with `If-None-Match: *`, and the loser reads the winner's.
 */
export async function ensureManifest(
  deps: ManifestDeps,
  passphrase: string,
  keyCache?: Map<string, CryptoKey>,
): Promise<{ manifest: Manifest; codec: Codec }> {
  const existing = await deps.remote.read(MANIFEST_PATH);
  if (existing) {
    const manifest = parseManifest(existing);
    return { manifest, codec: await codecFor(manifest, passphrase, deps.crypto, keyCache) };
  }
  await deps.remote.makeDir('');
  const created = await newManifest(deps, passphrase);
  const outcome = await deps.remote.write(MANIFEST_PATH, encodeJson(created.manifest), {
    create: true,
  });
  if (outcome === 'exists') return ensureManifest(deps, passphrase, keyCache);
  const codec = created.key ? encryptedCodec(deps.crypto, created.key) : plainCodec;
  return { manifest: created.manifest, codec };
}
