/**
 * A short fingerprint of a record or a note, to tell whether it changed since the last sync. Not a
 * security measure: 53 bits of FNV-1a over the UTF-16 code units of the record's JSON.
 */
export function fingerprint(value: unknown): string {
  return hashText(value === null || value === undefined ? '' : JSON.stringify(value));
}

export function hashText(text: string): string {
  // Two 32-bit FNV-1a lanes with different offsets, combined to 53 bits.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  const high = (h2 >>> 0) & 0x1fffff;
  return (high * 0x100000000 + (h1 >>> 0)).toString(36);
}

/** The fingerprint of a local record, null when there is none (as the bookkeeping keeps it). */
export function recordFingerprint(value: unknown): string | null {
  return value === null || value === undefined ? null : fingerprint(value);
}
