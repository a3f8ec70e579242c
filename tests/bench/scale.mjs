// The library at the sizes readers reach (200, 10,000 and 50,000 realistic articles): import
// beside bare IndexedDB puts of the same records, the popup's and the library's first render
// beside a minimal Preact page's, the page's JS heap once loaded, and search (bodies included).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  iifeOf,
  pageWithBundle,
  quiet,
  repeat,
  sleep,
  stats,
  typeBodyQuery,
  typeQuery,
} from './harness.mjs';
import { measureClusters } from './scale-clusters.mjs';
import { generatorScript, importVsFloor } from './scale-seed.mjs';

/** Opens of each page: each gives its first item, complete, heap. */
const OPENS = 9;
/** Of those, the first this many also time the searches. */
const SEARCH_OPENS = 5;
/**
 * Sizes measured; `BENCH_SCALE_SIZES=200,10000` measures fewer. The story clusters are measured
 * at the biggest size; `BENCH_ONLY_CLUSTERS=1` measures them alone.
 */
export const SCALE_SIZES = (process.env.BENCH_SCALE_SIZES ?? '200,10000,50000')
  .split(',')
  .map(Number);
/** Larger files than this are written in files of this many articles (the import size cap). */
const SEED_CHUNK = 5000;
const LIBRARY_QUERIES = [
  '台积电',
  'GPT-5',
  '我的笔记',
  '值得跟进',
  '端侧部署的轻量高效',
  '颠覆世界',
];
const POPUP_QUERIES = ['GPT-5', '我的笔记', '颠覆世界的创新者'];

/** Write the floor page (a minimal Preact page) into the loaded copy of the extension. */
export async function writeFloorPage(ext) {
  const code = await iifeOf('tests/bench/floor-page.mjs', '__floor');
  writeFileSync(join(ext, 'bench-floor.js'), code);
  writeFileSync(
    join(ext, 'bench-floor.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head>' +
      '<body><div id="app"></div><script src="/bench-floor.js"></script></body></html>',
  );
}

/** Installed before a page's scripts: notes when `selector` first shows and when the page says complete. */
function watchPage(selector) {
  const observer = new MutationObserver(() => {
    if (globalThis.__firstItemAt === undefined && document.querySelector(selector)) {
      globalThis.__firstItemAt = performance.now();
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
 * Open `url` `OPENS` times, each once the machine is quiet: first item, complete (when the page
 * marks it), heap; the first `SEARCH_OPENS` also time the searches.
 */
async function openRuns(context, url, { item, complete, list, input, count, queries, idle }) {
  return repeat(OPENS, async (open) => {
    if (idle) await stopExtension(context);
    const settled = await quiet();
    if (!settled.quiet || process.env.BENCH_VERBOSE)
      console.log(
        `  ${url}: CPUs ${Math.round(settled.busyShare * 100)}% busy after ${settled.waitedMs} ms`,
      );
    const page = await context.newPage();
    try {
      await page.addInitScript(watchPage, item);
      await page.goto(url);
      await page.waitForFunction(() => globalThis.__firstItemAt !== undefined, null, {
        timeout: 60_000,
      });
      if (complete) {
        await page.waitForFunction(() => globalThis.__completeAt !== undefined, null, {
          timeout: 180_000,
        });
      }
      const times = await page.evaluate(() => ({
        first: globalThis.__firstItemAt,
        complete: globalThis.__completeAt ?? null,
      }));
      await sleep(300);
      const heap = await heapMb(page);
      const search = [];
      const asked = open < SEARCH_OPENS ? (queries ?? []) : [];
      for (const query of asked) {
        search.push({ query, ...(await page.evaluate(typeQuery, [list, input, query])) });
        await page.evaluate(typeQuery, [list, input, '']);
        await sleep(50);
      }
      const bodies = [];
      for (const query of asked) {
        bodies.push({ query, ...(await page.evaluate(typeBodyQuery, [input, count, query])) });
        await page.evaluate(typeQuery, [list, input, '']);
        await sleep(50);
      }
      return { ...times, heap, search, bodies };
    } finally {
      await page.close();
    }
  });
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

const searchStats = (runs, key = 'search') => {
  const done = runs.flatMap((r) => r[key]).filter((s) => typeof s.ms === 'number');
  return done.length ? stats(done.map((s) => s.ms)) : null;
};

/** Every figure at one size. */
async function measureSize(context, extensionId, code, n, log) {
  log(`scale: seeding ${n.toLocaleString('en')} realistic articles (import and bare-put floor)`);
  const seeder = await pageWithBundle(
    context,
    `chrome-extension://${extensionId}/export-schema.json`,
    code,
  );
  let seeded;
  try {
    await seeder.evaluate(generatorScript());
    seeded = await seeder.evaluate(importVsFloor, [n, SEED_CHUNK, n <= 10_000]);
  } finally {
    await seeder.close();
  }
  const base = `chrome-extension://${extensionId}`;
  log(`scale: popup and library at ${n}`);
  // Each open waits for the page's whole list (`data-complete`) before the next: what the last
  // open still reads never stands in front of the next one's first read.
  const popup = await openRuns(context, `${base}/popup.html`, {
    item: '[data-testid="saved-item"]',
    complete: true,
    list: '[data-testid="saved-list"]',
    input: '[data-testid="search"]',
    count: '[data-testid="result-count"]',
    queries: POPUP_QUERIES,
  });
  // Opened the way a reader opens it after a while: nothing of the extension running.
  const idle = await openRuns(context, `${base}/popup.html`, {
    item: '[data-testid="saved-item"]',
    complete: true,
    idle: true,
  });
  const library = await openRuns(context, `${base}/library.html`, {
    item: '[data-testid="library-item"]',
    complete: true,
    list: '[data-testid="library-list"]',
    input: '[data-testid="library-search"]',
    count: '[data-testid="library-count"]',
    queries: LIBRARY_QUERIES,
  });
  const out = {
    articles: n,
    bodyLengths: seeded.lengths,
    fileChars: seeded.fileChars,
    popupFirstMs: stats(popup.map((r) => r.first)),
    popupCompleteMs: stats(popup.map((r) => r.complete)),
    popupFirstIdleMs: stats(idle.map((r) => r.first)),
    popupHeapMb: stats(popup.map((r) => r.heap)),
    popupSearchMs: searchStats(popup),
    popupBodySearchMs: searchStats(popup, 'bodies'),
    libraryFirstMs: stats(library.map((r) => r.first)),
    libraryCompleteMs: stats(library.map((r) => r.complete)),
    libraryHeapMb: stats(library.map((r) => r.heap)),
    librarySearchMs: searchStats(library),
    libraryBodySearchMs: searchStats(library, 'bodies'),
    indexMs: stats(seeded.indexMs),
  };
  if (seeded.runs.length) {
    out.importMs = stats(seeded.runs.map((r) => r.ms));
    out.importParseMs = stats(seeded.runs.map((r) => r.parseMs));
    out.importFloorMs = stats(seeded.runs.map((r) => r.floorMs));
    out.records = seeded.runs[0].counts;
  }
  return out;
}

/** The floor page's first render, with the extension running and with nothing of it running. */
async function measureFloor(context, extensionId) {
  const url = `chrome-extension://${extensionId}/bench-floor.html`;
  const item = '[data-testid="saved-item"]';
  const runs = await openRuns(context, url, { item });
  const idle = await openRuns(context, url, { item, idle: true });
  return {
    firstMs: stats(runs.map((r) => r.first)),
    firstIdleMs: stats(idle.map((r) => r.first)),
    heapMb: stats(runs.map((r) => r.heap)),
  };
}

/** Every scale figure, flattened for bench-results.json. */
export async function measureScale(context, extensionId, code, log, ext) {
  const out = {};
  const biggest = Math.max(...SCALE_SIZES);
  log(`scale: story clusters of ${biggest} realistic articles in the worker`);
  const clusters = await measureClusters(context, extensionId, ext, biggest);
  out[`scale${biggest}.clustersRebuildMs`] = clusters.rebuildMs;
  out[`scale${biggest}.largestStory`] = clusters.largestStory;
  if (process.env.BENCH_ONLY_CLUSTERS) return out;
  const floor = await measureFloor(context, extensionId);
  out['scale.floorFirstMs'] = floor.firstMs;
  out['scale.floorFirstIdleMs'] = floor.firstIdleMs;
  out['scale.floorHeapMb'] = floor.heapMb;
  for (const n of SCALE_SIZES) {
    const r = await measureSize(context, extensionId, code, n, log);
    for (const [key, value] of Object.entries(r)) {
      if (typeof value?.median === 'number' && value.runs) out[`scale${n}.${key}`] = value;
    }
    out[`scale${n}.info`] = {
      bodyLengths: r.bodyLengths,
      fileChars: r.fileChars,
      records: r.records,
    };
  }
  return out;
}
