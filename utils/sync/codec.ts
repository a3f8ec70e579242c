import { SyncError } from './errors';

/** Turns what sync stores into file bytes and back; `decode` throws SyncError('damaged'). */
export interface Codec {
  /** File name extension: `.json` in the clear, `.enc` encrypted. */
  readonly ext: string;
  encode(value: unknown): Promise<Uint8Array>;
  decode(bytes: Uint8Array, name: string): Promise<unknown>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function decodeJson(bytes: Uint8Array, name: string): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch (e) {
    throw new SyncError('damaged', `${name} is not readable`, { cause: e });
  }
}

export const plainCodec: Codec = {
  ext: '.json',
  encode: async (value) => encodeJson(value),
  decode: async (bytes, name) => decodeJson(bytes, name),
};

/** First bytes of an encrypted file: "ANAE", then a 12-byte IV, then AES-GCM ciphertext + tag. */
const MAGIC = [0x41, 0x4e, 0x41, 0x45];
const IV_BYTES = 12;

export async function encrypt(
  crypto: Crypto,
  key: CryptoKey,
  plain: Uint8Array,
): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as BufferSource),
  );
  const out = new Uint8Array(MAGIC.length + IV_BYTES + sealed.length);
  out.set(MAGIC, 0);
  out.set(iv, MAGIC.length);
  out.set(sealed, MAGIC.length + IV_BYTES);
  return out;
}

/** The plain bytes, or null when the key does not open them (wrong key or altered file). */
export async function decrypt(
  crypto: Crypto,
  key: CryptoKey,
  bytes: Uint8Array,
): Promise<Uint8Array | null> {
  if (bytes.length < MAGIC.length + IV_BYTES + 16 || MAGIC.some((b, i) => bytes[i] !== b)) {
    return null;
  }
  const iv = bytes.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource },
      key,
      bytes.subarray(MAGIC.length + IV_BYTES) as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

export function encryptedCodec(crypto: Crypto, key: CryptoKey): Codec {
  return {
    ext: '.enc',
    encode: async (value) => encrypt(crypto, key, encodeJson(value)),
    async decode(bytes, name) {
      const plain = await decrypt(crypto, key, bytes);
      if (!plain) throw new SyncError('damaged', `${name} could not be decrypted`);
      return decodeJson(plain, name);
    },
  };
}
