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

export type HandlerMap<Schemas extends Record<string, Schema>, Responses> = {
  [K in keyof Schemas & keyof Responses]: (
    data: Checked<Schemas[K]>,
    context: DispatchContext,
  ) => Promise<Responses[K]>;
};

/** Who sent a request, as the browser (not the request) says. */
export interface DispatchContext {
  tabId: number | null;
  frameId: number;
  /** The address of the document that sent it. */
  url: string | null;
  /** The sender is a document of the extension's own origin (popup, side panel, library…). */
  extensionPage: boolean;
}

export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export interface SenderPolicy {
  /** The extension's origin with a trailing slash (`runtime.getURL('')`). */
  origin: string;
  /** Requests only the extension's own documents may send (never a content script). */
  extensionOnly?: ReadonlySet<string>;
}

/** True when `url` is a document of the extension whose origin (`runtime.getURL('')`) is given. */
export function isExtensionUrl(url: string | null | undefined, origin: string): boolean {
  return typeof url === 'string' && origin.endsWith('/') && url.startsWith(origin);
}

function contextOf(sender: SenderLike, policy?: SenderPolicy): DispatchContext {
  const url = typeof sender.url === 'string' ? sender.url : null;
  return {
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? 0,
    url,
    extensionPage: !!policy && isExtensionUrl(url, policy.origin),
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
  policy?: SenderPolicy,
): Promise<Reply<unknown> | undefined> {
  if (!isEnvelope(message)) return undefined;
  if (sender.id !== extensionId) {
    return { ok: false, error: 'Refused: unknown sender', code: 'sender' };
  }
  const type = message.type;
  if (!Object.hasOwn(schemas, type)) {
    return { ok: false, error: `Refused: unknown message ${type}`, code: 'type' };
  }
  const context = contextOf(sender, policy);
  if (policy?.extensionOnly?.has(type) && !context.extensionPage) {
    return {
      ok: false,
      error: `Refused: ${type} is for the extension's own pages`,
      code: 'sender',
    };
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
    const value = await handler(parsed.data as never, context);
    return { ok: true, value };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    const code = typeof e === 'object' && e && 'code' in e ? String(e.code) : undefined;
    return { ok: false, error, code };
  }
}
