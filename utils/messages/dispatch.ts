import { isEnvelope, type Reply } from './envelope';

/** What checks a request: a zod schema, or a validator of the same shape. */
export interface Schema<T = unknown> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}
type Checked<S> = S extends Schema<infer T> ? T : never;

/** Who sent a request, as the browser reports it (never as the request says). */
export interface DispatchContext {
  /** The sender's tab (null for extension pages that are not in a tab, e.g. the popup). */
  tabId: number | null;
  frameId: number;
  /** The address of the sending document (`sender.url`), or null when unknown. */
  url: string | null;
  /** The sender is a document of the extension's own origin (popup, frame, side panel…). */
  extensionPage: boolean;
}

export type HandlerMap<Schemas extends Record<string, Schema>, Responses> = {
  [K in keyof Schemas & keyof Responses]: (
    data: Checked<Schemas[K]>,
    context: DispatchContext,
  ) => Promise<Responses[K]>;
};

export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** True when `url` is a document of the extension (`extensionOrigin`: its `runtime.getURL('/')`). */
export function isExtensionUrl(url: string | undefined, extensionOrigin: string | undefined) {
  if (!url || !extensionOrigin) return false;
  try {
    // Compared by scheme and host: the origin of a chrome-extension: URL reads "null".
    const a = new URL(url);
    const b = new URL(extensionOrigin);
    return a.protocol === b.protocol && a.host === b.host && a.host !== '';
  } catch {
    return false;
  }
}

/** The context handlers get: the sender as the browser reports it. */
export function contextOf(sender: SenderLike, extensionOrigin?: string): DispatchContext {
  return {
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? 0,
    url: sender.url ?? null,
    extensionPage: isExtensionUrl(sender.url, extensionOrigin),
  };
}

/**
 * Check an incoming message (envelope, sender, request schema) and run its handler. Anything
 * unexpected is refused with a reply, never thrown: the sender always learns what happened.
 * Messages that are not in the extension's envelope get `undefined` (left to other listeners).
 */
export async function dispatch<Schemas extends Record<string, Schema>, Responses>(
  schemas: Schemas,
  handlers: HandlerMap<Schemas, Responses>,
  message: unknown,
  sender: SenderLike,
  extensionId: string,
  extensionOrigin?: string,
): Promise<Reply<unknown> | undefined> {
  if (!isEnvelope(message)) return undefined;
  if (sender.id !== extensionId) {
    return { ok: false, error: 'Refused: unknown sender', code: 'sender' };
  }
  const type = message.type;
  if (!Object.hasOwn(schemas, type)) {
    return { ok: false, error: `Refused: unknown message ${type}`, code: 'type' };
  }
  const parsed = schemas[type]!.safeParse(message.data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.map(String).join('.') || type;
    return {
      ok: false,
      error: `Refused ${type}: ${where}: ${first?.message ?? 'invalid'}`,
      code: 'invalid',
    };
  }
  const handler = handlers[type as keyof Schemas & keyof Responses];
  try {
    const value = await handler(parsed.data as never, contextOf(sender, extensionOrigin));
    return { ok: true, value };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    const code = typeof e === 'object' && e && 'code' in e ? String(e.code) : undefined;
    return { ok: false, error, code };
  }
}
