// One timed open of an extension page at scale: when its first item shows, when it says it is
// complete, its JS heap, and (when asked) its searches. Each open waits for a quiet machine first.
import { quiet, sleep, timeQueries, typeBodyQuery } from './harness.mjs';

/**
 * Installed before a page's scripts: notes when `selector` first shows, when `live` (the item the
 * page's own code renders, which takes clicks) first shows, and when the page says complete.
 */
function watchPage([selector, live]) {
  const observer = new MutationObserver(() => {
    if (globalThis.__firstItemAt === undefined && document.querySelector(selector)) {
      globalThis.__firstItemAt = performance.now();
    }
    if (globalThis.__liveItemAt === undefined && document.querySelector(live)) {
      globalThis.__liveItemAt = performance.now();
    }
    if (globalThis.__completeAt === undefined && document.querySelector('[data-complete="true"]')) {
      globalThis.__completeAt = performance.now();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

/**
 * The extension as after a while unused: its service worker stopped, with no page of it open (so
 * the browser may end its renderer process; opening the popup then starts one again).
 */
async function stopExtension(context) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await page.close();
  }
}

/** The page's searches, by card fields and then with bodies, each query timed once. */
async function searches(page, { list, input, count, queries }) {
  return {
    search: await timeQueries(page, queries, [list, input]),
    bodies: await timeQueries(page, queries, [list, input], (query) =>
      page.evaluate(typeBodyQuery, [input, count, query]),
    ),
  };
}

/**
 * Open `target.url` in `target.context` once the machine is quiet: first item, complete (when the
 * target waits for it), heap, and the searches when `withSearches`. An `idle` target is opened
 * with nothing of the extension running.
 */
export async function openOnce(target, withSearches) {
  const { context, url, item, live = item, complete, idle } = target;
  if (idle) await stopExtension(context);
  // With the extension running: whether its service worker is still up from the opens before
  // (it stops after 30 s without work), so that a round slower than that shows.
  const workerUp = idle ? null : context.serviceWorkers().length > 0;
  const settled = await quiet();
  if (!settled.quiet || process.env.BENCH_VERBOSE)
    console.log(
      `  ${target.name}: CPUs ${Math.round(settled.busyShare * 100)}% busy after ${settled.waitedMs} ms`,
    );
  const page = await context.newPage();
  try {
    await page.addInitScript(watchPage, [item, live]);
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__firstItemAt !== undefined, null, {
      timeout: 60_000,
    });
    if (complete) {
      await page.waitForFunction(() => globalThis.__completeAt !== undefined, null, {
        timeout: 180_000,
      });
    }
    await page.waitForFunction(() => globalThis.__liveItemAt !== undefined, null, {
      timeout: 60_000,
    });
    const times = await page.evaluate(() => ({
      first: globalThis.__firstItemAt,
      live: globalThis.__liveItemAt,
      complete: globalThis.__completeAt ?? null,
    }));
    await sleep(300);
    const heap = await heapMb(page);
    const asked = withSearches && target.queries ? await searches(page, target) : null;
    return { ...times, workerUp, heap, search: asked?.search ?? [], bodies: asked?.bodies ?? [] };
  } finally {
    await page.close();
  }
}
