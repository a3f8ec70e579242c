import type { z } from 'zod';
import { EnvelopeSchema, type Reply } from './protocol';

export type HandlerMap<Schemas extends Record<string, z.ZodType>, Responses> = {
  [K in keyof Schemas & keyof Responses]: (
    data: z.infer<Schemas[K]>,
    context: { tabId: number | null },
  ) => Promise<Responses[K]>;
};

export interface SenderLike {
  id?: string;
  tab?: { id?: number };
}

/**
 * Check an incoming message (envelope, sender, request schema) and run its handler. Anything
 * unexpected is refused with a reply, never thrown: the sender always learns what happened.
 */
export async function dispatch<Schemas extends Record<string, z.ZodType>, Responses>(
  schemas: Schemas,
  handlers: HandlerMap<Schemas, Responses>,
  message: unknown,
  sender: SenderLike,
  extensionId: string,
): Promise<Reply<unknown> | undefined> {
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) return undefined; // not ours: let other listeners answer
  if (sender.id !== extensionId) return { ok: false, error: 'Refused: unknown sender', code: 'sender' };
  const type = envelope.data.type;
  if (!Object.hasOwn(schemas, type)) {
    return { ok: false, error: `Refused: unknown message ${type}`, code: 'type' };
  }
  const schema = schemas[type as keyof Schemas]!;
  const parsed = schema.safeParse(envelope.data.data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || type;
    return { ok: false, error: `Refused ${type}: ${where}: ${first?.message ?? 'invalid'}`, code: 'invalid' };
  }
  const handler = handlers[type as keyof Schemas & keyof Responses];
  try {
    const value = await handler(parsed.data as never, { tabId: sender.tab?.id ?? null });
    return { ok: true, value };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    const code = typeof e === 'object' && e && 'code' in e ? String(e.code) : undefined;
    return { ok: false, error, code };
  }
}
