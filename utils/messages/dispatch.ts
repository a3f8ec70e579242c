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
    context: { tabId: number | null; frameId: number },
  ) => Promise<Responses[K]>;
};

export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
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
    const context = { tabId: sender.tab?.id ?? null, frameId: sender.frameId ?? 0 };
    const value = await handler(parsed.data as never, context);
    return { ok: true, value };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    const code = typeof e === 'object' && e && 'code' in e ? String(e.code) : undefined;
    return { ok: false, error, code };
  }
}
