import { MAX_MESSAGE_TYPE_CHARS } from '../limits';

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
  return (
    m.channel === CHANNEL && typeof m.type === 'string' && m.type.length <= MAX_MESSAGE_TYPE_CHARS
  );
}

/** The name of the port the in-page frame opens to the background (it hears what to show). */
export const FRAME_PORT = 'ana-frame';
/** The name of the side panel's port to the background (it says which tab it shows). */
export const PANEL_PORT = 'sidepanel';

/** The answer to every request: a value, or what went wrong in words. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: string };
