import { indexNextSegment, type Db } from '../db';

/** How long the library must stay unchanged before the background indexes bodies. */
export const INDEX_QUIET_MS = 2000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Keeps the kept body index caught up: once changes have paused for `INDEX_QUIET_MS` (an import
 * of several files is not slowed by indexing between them), indexes segment after segment,
 * letting the background's other work in between slices, until too few bodies wait. `poke`
 * after each change, and once at start (what an earlier run left queued).
 */
export function createBodyIndexer(
  db: () => Promise<Db>,
  onError: (e: unknown) => void,
  {
    quietMs = INDEX_QUIET_MS,
    keepAlive = async () => undefined,
  }: {
    quietMs?: number;
    /**
     * Called between segments: an extension API call, which keeps Chromium from stopping the
     * background's service worker in the middle of a long catch-up (a stopped run is picked up
     * at the next start: each segment is written whole or not at all).
     */
    keepAlive?: () => Promise<unknown>;
  } = {},
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      while ((await indexNextSegment(await db(), { pause })) > 0) await keepAlive();
    } catch (e) {
      onError(e);
    } finally {
      running = false;
      if (again) poke();
      again = false;
    }
  };
  function poke() {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), quietMs);
  }
  return { poke };
}
