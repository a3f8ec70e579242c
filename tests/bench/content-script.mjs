// The content script on a large page that is not an article: its main-thread time, the floor a
// bare text check costs on the same page, and the bundle's size.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { nonArticlePage } from './generate.mjs';
import { EXT, repeat, sleep, stats } from './harness.mjs';
import { profileScriptMs, scriptTimeMs } from './trace.mjs';

const RUNS = 7;
const PROFILE_RUNS = 3;
/** Long enough for the content script's idle callback (and the message it sends) to run. */
const SETTLE_MS = 1500;
const BUNDLE = resolve(EXT, 'content-scripts/content.js');

async function floorMs(page) {
  return page.evaluate(() => {
    const t0 = performance.now();
    const found = document.body.textContent.includes('快速阅读');
    const ms = performance.now() - t0;
    if (found) throw new Error('the non-article page mentions the quick-read label');
    return ms;
  });
}

/** Load the page in a fresh tab while `measure` watches, let idle work run, then time the floor. */
async function oneLoad(context, url, measure) {
  const page = await context.newPage();
  await page.goto('about:blank');
  try {
    const result = await measure(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await sleep(SETTLE_MS);
    });
    return { ...result, floorMs: await floorMs(page) };
  } finally {
    await page.close();
  }
}

export async function measureContentScript(context, extensionId, log) {
  const dir = mkdtempSync(join(tmpdir(), 'ana-bench-pages-'));
  const html = nonArticlePage(2_000_000);
  writeFileSync(join(dir, 'non-article.html'), html);
  const server = await startStaticServer(dir);
  const url = server.url('non-article.html');
  const prefix = `chrome-extension://${extensionId}/`;
  try {
    await oneLoad(context, url, async (_page, go) => go()); // warm the server and the disk cache
    const traced = await repeat(RUNS, () =>
      oneLoad(context, url, (page, go) => scriptTimeMs(context, page, prefix, go)),
    );
    const first = traced[0];
    log(`  trace matched ${first.events} events: ${JSON.stringify(first.names)}`);
    log(`  trace urls: ${first.urls.join(', ') || '(none)'}`);
    const source = readFileSync(BUNDLE, 'utf8');
    const profiled = await repeat(PROFILE_RUNS, () =>
      oneLoad(context, url, (page, go) => profileScriptMs(context, page, prefix, go, source)),
    );
    const traceWorks = traced.every((t) => t.events > 0 && t.ms > 0);
    const method = traceWorks
      ? 'trace (EvaluateScript/FunctionCall/v8.* events of the extension URL and its world)'
      : 'profiler (self time of extension-URL frames and the natives they call, 50 µs sampling)';
    const values = traceWorks ? traced.map((t) => t.ms) : profiled.map((p) => p.ms);
    const floors = [...traced, ...profiled].map((t) => t.floorMs);
    const pageBytes = Buffer.byteLength(html);
    return {
      nonArticle: {
        ...stats(values),
        method,
        pageBytes,
        compileMs: stats(traced.map((t) => t.compileMs)),
        evaluateMs: stats(traced.map((t) => t.evaluateMs)),
        laterMs: stats(traced.map((t) => t.laterMs)),
        tracedEvents: first.names,
        profiler: {
          ms: stats(profiled.map((p) => p.ms)),
          ownMs: stats(profiled.map((p) => p.ownMs)),
          top: profiled.at(-1).top,
        },
      },
      floor: { ...stats(floors), pageBytes },
      bundle: {
        ...stats([statSync(BUNDLE).size]),
        file: '.output/chrome-mv3/content-scripts/content.js',
      },
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
