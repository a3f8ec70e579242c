/** Every message of the extension travels in this envelope: `{ channel, type, data }`. */
export const CHANNEL = 'ai-news-annotator';

export interface Envelope {
  channel: typeof CHANNEL;
  type: string;
  data: unknown;
}

export function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.channel === CHANNEL && typeof m.type === 'string' && m.type.length <= 100;
}

/** The answer to every request: a value, or what went wrong in words. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: string };
