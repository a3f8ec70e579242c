/**
 * How long the page side keeps listening: its own AbortController, which nothing on the page can
 * reach. (A lifetime that ends on an event the page can dispatch would let any page switch the
 * extension off on itself.) It ends when the extension is reloaded or removed.
 */
export function createLifetime(alive: () => boolean) {
  const controller = new AbortController();
  const signal = controller.signal;
  const check = () => {
    if (!alive()) controller.abort();
    return !signal.aborted;
  };
  return {
    signal,
    setTimeout(handler: () => void, ms: number): number {
      const id = globalThis.setTimeout(() => check() && handler(), ms) as unknown as number;
      signal.addEventListener('abort', () => globalThis.clearTimeout(id));
      return id;
    },
    onInvalidated(cb: () => void): void {
      signal.addEventListener('abort', cb);
    },
    abort: () => controller.abort(),
  };
}
export type Lifetime = ReturnType<typeof createLifetime>;
