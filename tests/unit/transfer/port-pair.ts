import type { ImportPort } from '../../../utils/transfer/import-protocol';

/**
 * Two ends of a runtime port, as the browser connects them: each message arrives a moment later
 * at the other end only, copied as JSON (as Chromium sends it), and disconnecting one end tells
 * the other, never itself.
 */
export function portPair(
  name: string,
  sender: { id?: string; url?: string },
): { page: ImportPort; background: ImportPort } {
  type End = ImportPort & { hear: Set<(m: unknown) => void>; gone: Set<() => void> };
  let connected = true;
  const end = (withSender: boolean): End => {
    const hear = new Set<(m: unknown) => void>();
    const gone = new Set<() => void>();
    return {
      name,
      ...(withSender ? { sender } : {}),
      hear,
      gone,
      postMessage(message) {
        if (!connected) throw new Error('Attempting to use a disconnected port object');
        const copy = JSON.parse(JSON.stringify(message)) as unknown;
        setTimeout(() => connected && other(this).hear.forEach((fn) => fn(copy)), 0);
      },
      disconnect() {
        if (!connected) return;
        connected = false;
        setTimeout(() => other(this).gone.forEach((fn) => fn()), 0);
      },
      onMessage: { addListener: (fn) => void hear.add(fn) },
      onDisconnect: { addListener: (fn) => void gone.add(fn) },
    };
  };
  const page = end(false);
  const background = end(true);
  const other = (me: ImportPort): End => (me === page ? background : page);
  return { page, background };
}
