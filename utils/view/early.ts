/**
 * Reads a page starts before its modules load (a small classic script in the page's head), handed
 * to the page's code once. The slot lives on the page's own global: only the extension's pages
 * run these scripts, and a read not taken is simply dropped with the page.
 */
const SLOT = '__anaEarlyReads';

/**
 * How long a page's first render waits for its boot script's read: about what a read takes when
 * the library is not busy. A slower read is not waited for (the page then reads as before).
 */
export const EARLY_WAIT_MS = 150;

type Slot = Map<string, Promise<unknown>>;

function slotOf(scope: object, create: boolean): Slot | undefined {
  const holder = scope as Record<string, Slot | undefined>;
  if (!holder[SLOT] && create) holder[SLOT] = new Map();
  return holder[SLOT];
}

/** Keep the read `name` started by the boot script. */
export function putEarly(scope: object, name: string, read: Promise<unknown>): void {
  slotOf(scope, true)!.set(name, read);
}

/** The read `name` if the boot script started one (once: a second take answers null). */
export function takeEarly<T>(scope: object, name: string): Promise<T | null> | null {
  const slot = slotOf(scope, false);
  const read = slot?.get(name) as Promise<T | null> | undefined;
  slot?.delete(name);
  return read ?? null;
}

/**
 * The read `name`, if the boot script started one and it answers within `ms`; null otherwise (the
 * page then reads as it always does). Taken either way.
 */
export function takeEarlyWithin<T>(
  scope: object,
  name: string,
  ms: number,
  setTimer: (fn: () => void, ms: number) => unknown = globalThis.setTimeout,
): Promise<T | null> {
  const read = takeEarly<T>(scope, name);
  if (!read) return Promise.resolve(null);
  const late = new Promise<null>((resolve) => void setTimer(() => resolve(null), ms));
  return Promise.race([read.catch(() => null), late]);
}
