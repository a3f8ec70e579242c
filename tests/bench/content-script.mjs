// The content script on a large page that is not an article: its main-thread time, the floor a
// bare text check costs on the same page, and the bundle's size.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { nonArticlePage } from './generate.mjs';
import { ROOT, repeat, sleep, stats } from './harness.mjs';
import { profileScriptMs, scriptTimeMs } from './trace.mjs';

const RUNS = 7;
const WARM_RUNS = 5;
const PROFILE_RUNS = 3;
const SMALL_RUNS = 3;
/** Long enough for the content script's idle callback (and the message it sends) to run. */
const SETTLE_MS = 1500;
const BUNDLE = 'page-watch.js';
const METHODS = {
  trace:
    'trace: union of EvaluateScript / v8.compile / v8.run / FunctionCall events with the extension URL, and v8.callFunction in its isolated world',
  profiler:
    'profiler: self time of extension-URL frames and the natives they call (50 µs sampling)',
  none: 'trace: no event of the extension on the page (nothing injected); the same trace sees the extension on an article page',
};

async function floorMs(page) {
  return page.evaluate(() => {
    const t0 = performance.now();
    const found = document.body.textContent.includes('快速阅读');
    const ms = performance.now() - t0;
    if (found) throw new Error('the non-article page mentions the quick-read label');
    return ms;
  });
}

/**
 * Load `url` in a fresh tab that first showed `from` while `measure` watches, let idle work run,
 * then time the floor. From about:blank the page gets a new renderer process (a cold start of
 * the content script); from a page of the same site the process and its code cache are reused.
 */
async function oneLoad(context, from, url, measure, floor = true) {
  const page = await context.newPage();
  await page.goto(from);
  try {
    const result = await measure(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await sleep(SETTLE_MS);
    });
    return floor ? { ...result, floorMs: await floorMs(page) } : result;
  } finally {
    await page.close();
  }
}

/** The functions that took most, averaged over the profiled loads. */
function topFunctions(profiled) {
  const sum = new Map();
  for (const p of profiled) for (const { fn, ms } of p.top) sum.set(fn, (sum.get(fn) ?? 0) + ms);
  return [...sum]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([fn, ms]) => ({ fn, ms: Math.round((ms / profiled.length) * 1000) / 1000 }));
}

const traceStats = (runs) => ({
  ...stats(runs.map((t) => t.ms)),
  compileMs: stats(runs.map((t) => t.compileMs)),
  evaluateMs: stats(runs.map((t) => t.evaluateMs)),
  laterMs: stats(runs.map((t) => t.laterMs)),
});

/**
 * Nothing of the extension in the trace of the non-article page: does the same trace see it on an
 * article page? (Else the trace is what failed, not the extension that stayed away.)
 */
async function extensionSeen(context, prefix, url) {
  const measure = (p, go) => scriptTimeMs(context, p, prefix, go);
  const control = await oneLoad(context, 'about:blank', url, measure, false);
  return control.events > 0 && control.ms > 0;
}

/** `ext` is the directory the extension was loaded from. */
export async function measureContentScript(context, extensionId, ext, log) {
  const bundle = resolve(ext, BUNDLE);
  const dir = mkdtempSync(join(tmpdir(), 'ana-bench-pages-'));
  const html = nonArticlePage(2_000_000);
  writeFileSync(join(dir, 'non-article.html'), html);
  writeFileSync(join(dir, 'small.html'), nonArticlePage(20_000));
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>blank</title>');
  // The positive control: an article page, where the extension does run.
  const article = resolve(ROOT, 'tests/fixtures/pages/quickread-wordpress.html');
  writeFileSync(join(dir, 'article.html'), readFileSync(article));
  const server = await startStaticServer(dir);
  const url = server.url('non-article.html');
  const sameSite = server.url('blank.html');
  const prefix = `chrome-extension://${extensionId}/`;
  const trace = (from, to, n) =>
    repeat(n, () => oneLoad(context, from, to, (p, go) => scriptTimeMs(context, p, prefix, go)));
  try {
    await oneLoad(context, 'about:blank', url, async (_page, go) => go()); // warm the disk cache
    const cold = await trace('about:blank', url, RUNS);
    log(`  trace matched ${cold[0].events} events: ${JSON.stringify(cold[0].names)}`);
    log(`  trace urls: ${cold[0].urls.join(', ') || '(none)'}`);
    const warm = await trace(sameSite, url, WARM_RUNS);
    // The same kind of page at 20 kB: what the content script costs whatever the page's size.
    const small = await trace('about:blank', server.url('small.html'), SMALL_RUNS);
    const source = readFileSync(bundle, 'utf8');
    const profiled = (
      await repeat(PROFILE_RUNS, () =>
        oneLoad(context, 'about:blank', url, (p, go) =>
          profileScriptMs(context, p, prefix, go, source),
        ),
      )
    ).filter((p) => p.ms > 0); // a load whose renderer was swapped under the profiler has none

    const traceWorks = cold.every((t) => t.events > 0 && t.ms > 0);
    const none =
      !traceWorks &&
      profiled.length === 0 &&
      (await extensionSeen(context, prefix, server.url('article.html')));
    if (!traceWorks && profiled.length === 0 && !none) {
      throw new Error('no content-script time measured');
    }
    const method = traceWorks ? METHODS.trace : none ? METHODS.none : METHODS.profiler;
    const values = traceWorks
      ? cold.map((t) => t.ms)
      : none
        ? cold.map(() => 0)
        : profiled.map((p) => p.ms);
    const pageBytes = Buffer.byteLength(html);
    return {
      method,
      nonArticle: {
        ...stats(values),
        method,
        load: 'fresh tab from about:blank: a new renderer process, cold content script',
        pageBytes,
        ...(traceWorks ? traceStats(cold) : {}),
        tracedEvents: cold[0].names,
        sameSiteNavigation: traceStats(warm),
        smallPage20kB: traceStats(small),
        profiler: profiled.length
          ? {
              ms: stats(profiled.map((p) => p.ms)),
              ownMs: stats(profiled.map((p) => p.ownMs)),
              top: topFunctions(profiled),
            }
          : null,
      },
      floor: { ...stats([...cold, ...warm].map((t) => t.floorMs)), pageBytes },
      bundle: {
        ...stats([statSync(bundle).size]),
        file: `.output/chrome-mv3/${BUNDLE}`,
      },
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
