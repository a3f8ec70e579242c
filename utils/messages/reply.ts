import type { Reply } from './envelope';

/** A failed request, with the receiver's words. */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** The value of a reply, or its failure thrown as a MessageError. */
export function unwrap<T>(reply: unknown, what: string): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) {
    throw new MessageError(`No answer to ${what}`, 'no-answer');
  }
  if (!r.ok) throw new MessageError(r.error, r.code);
  return r.value;
}
