// The library at the sizes readers reach (200, 10,000 and 50,000 realistic articles): import
// beside bare IndexedDB puts of the same records, the popup's and the library's first render
// beside a minimal Preact page's, the page's JS heap once loaded, and search (bodies included).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extensionOf, iifeOf, launch, pageWithBundle, stats } from './harness.mjs';
import { measureClusters } from './scale-clusters.mjs';
import { openOnce } from './scale-open.mjs';
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

/** A browser of its own (same flags, a fresh profile) holding `n` realistic articles. */
async function seededBrowser(ext, code, n, log) {
  const context = await launch(join(dirname(ext), `scale-profile-${n}`), ext);
  try {
    const { id } = await extensionOf(context, ext);
    log(`scale: seeding ${n.toLocaleString('en')} realistic articles (import and bare-put floor)`);
    const seeder = await pageWithBundle(
      context,
      `chrome-extension://${id}/export-schema.json`,
      code,
    );
    try {
      await seeder.evaluate(generatorScript());
      const seeded = await seeder.evaluate(importVsFloor, [n, SEED_CHUNK, n <= 10_000]);
      return { n, context, id, seeded };
    } finally {
      await seeder.close();
    }
  } catch (e) {
    await context.close();
    throw e;
  }
}

/** What is opened in a seeded browser: the popup (also with nothing of the extension running) and the library. */
function targetsOf({ n, context, id }) {
  const base = `chrome-extension://${id}`;
  const popup = {
    context,
    url: `${base}/popup.html`,
    // On screen: the first screen's picture of the newest rows (entrypoints/popup/main.tsx), or
    // the popup's own row when that comes first; `live` is the popup's own, which takes clicks.
    item: '[data-testid="saved-item"], [data-testid="first-screen"] .saved-item',
    live: '[data-testid="saved-item"]',
    complete: true,
  };
  return {
    popup: {
      ...popup,
      name: `popup ${n}`,
      list: '[data-testid="saved-list"]',
      input: '[data-testid="search"]',
      count: '[data-testid="result-count"]',
      queries: POPUP_QUERIES,
    },
    // Opened the way a reader opens it after a while: nothing of the extension running.
    idle: { ...popup, name: `idle popup ${n}`, idle: true },
    library: {
      context,
      name: `library ${n}`,
      url: `${base}/library.html`,
      item: '[data-testid="library-item"]',
      complete: true,
      list: '[data-testid="library-list"]',
      input: '[data-testid="library-search"]',
      count: '[data-testid="library-count"]',
      queries: LIBRARY_QUERIES,
    },
  };
}

/** The floor page (a minimal Preact page of the extension), with the extension running and not. */
function floorTargets({ context, id }) {
  const floor = {
    context,
    name: 'floor',
    url: `chrome-extension://${id}/bench-floor.html`,
    item: '[data-testid="saved-item"]',
  };
  return { floor, floorIdle: { ...floor, name: 'idle floor', idle: true } };
}

/**
 * Every target opened `OPENS` times, round by round. In a round each group's targets (one page at
 * every size) are opened one after another, starting at a different size each round: the sizes'
 * opens sit side by side in time, so a slower minute of the machine falls on every size alike and
 * a ratio between sizes is not the machine drifting while one size was measured after another.
 * Each open waits for the page's whole list (`data-complete`) before the next.
 */
async function interleavedOpens(groups) {
  const runs = new Map(groups.flat().map((t) => [t, []]));
  for (let round = 0; round < OPENS; round++) {
    for (const group of groups) {
      for (let k = 0; k < group.length; k++) {
        const target = group[(k + round) % group.length];
        runs.get(target).push(await openOnce(target, round < SEARCH_OPENS));
      }
    }
  }
  return runs;
}

const searchStats = (runs, key = 'search') => {
  const done = runs.flatMap((r) => r[key]).filter((s) => typeof s.ms === 'number');
  return done.length ? stats(done.map((s) => s.ms)) : null;
};

/** Every figure at one size, from its seeding and its opens. */
function sizeFigures({ n, seeded }, { popup, idle, library }) {
  const out = {
    articles: n,
    bodyLengths: seeded.lengths,
    fileChars: seeded.fileChars,
    popupFirstMs: stats(popup.map((r) => r.first)),
    popupCompleteMs: stats(popup.map((r) => r.complete)),
    popupFirstIdleMs: stats(idle.map((r) => r.first)),
    popupLiveMs: stats(popup.map((r) => r.live)),
    popupHeapMb: stats(popup.map((r) => r.heap)),
    popupSearchMs: searchStats(popup),
    popupBodySearchMs: searchStats(popup, 'bodies'),
    libraryFirstMs: stats(library.map((r) => r.first)),
    libraryCompleteMs: stats(library.map((r) => r.complete)),
    libraryHeapMb: stats(library.map((r) => r.heap)),
    librarySearchMs: searchStats(library),
    libraryBodySearchMs: searchStats(library, 'bodies'),
    indexMs: stats(seeded.indexMs),
    // Opens "with the extension running" that found its service worker stopped.
    workerStoppedOpens: [...popup, ...library].filter((r) => r.workerUp === false).length,
  };
  if (seeded.runs.length) {
    out.importMs = stats(seeded.runs.map((r) => r.ms));
    out.importParseMs = stats(seeded.runs.map((r) => r.parseMs));
    out.importFloorMs = stats(seeded.runs.map((r) => r.floorMs));
    out.records = seeded.runs[0].counts;
  }
  return out;
}

/** The popup and the library at every size, each size in a browser of its own, opened side by side. */
async function measureSizes(ext, code, log) {
  const browsers = [];
  try {
    for (const n of SCALE_SIZES) browsers.push(await seededBrowser(ext, code, n, log));
    const targets = browsers.map(targetsOf);
    const floor = floorTargets(browsers[0]);
    log(`scale: popup and library at ${SCALE_SIZES.join(', ')}, ${OPENS} rounds side by side`);
    // One page at a time, so that each browser opens the same page over and over, as before the
    // sizes were side by side: what an open of another page leaves in a process (its own code,
    // its forced collection) does not stand between two opens of one page.
    const popups = await interleavedOpens([[floor.floor], targets.map((t) => t.popup)]);
    const libraries = await interleavedOpens([targets.map((t) => t.library)]);
    // Last, so that stopping the extension does not restart the process the opens above find warm.
    log(`scale: the popup at ${SCALE_SIZES.join(', ')} with nothing of the extension running`);
    const idle = await interleavedOpens([[floor.floorIdle], targets.map((t) => t.idle)]);
    const runs = new Map([...popups, ...libraries, ...idle]);
    const of = (t) => runs.get(t);
    return {
      floor: {
        firstMs: stats(of(floor.floor).map((r) => r.first)),
        firstIdleMs: stats(of(floor.floorIdle).map((r) => r.first)),
        heapMb: stats(of(floor.floor).map((r) => r.heap)),
      },
      sizes: browsers.map((b, i) =>
        sizeFigures(b, {
          popup: of(targets[i].popup),
          idle: of(targets[i].idle),
          library: of(targets[i].library),
        }),
      ),
    };
  } finally {
    for (const b of browsers) await b.context.close();
  }
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
  const { floor, sizes } = await measureSizes(ext, code, log);
  out['scale.floorFirstMs'] = floor.firstMs;
  out['scale.floorFirstIdleMs'] = floor.firstIdleMs;
  out['scale.floorHeapMb'] = floor.heapMb;
  for (const r of sizes) {
    const n = r.articles;
    for (const [key, value] of Object.entries(r)) {
      if (typeof value?.median === 'number' && value.runs) out[`scale${n}.${key}`] = value;
    }
    out[`scale${n}.info`] = {
      bodyLengths: r.bodyLengths,
      fileChars: r.fileChars,
      records: r.records,
      workerStoppedOpens: r.workerStoppedOpens,
    };
  }
  return out;
}
