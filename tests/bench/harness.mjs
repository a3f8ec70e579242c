// Shared pieces of the benchmarks: statistics, the Chromium launch, the bench bundle and timing.
import { chromium } from '@playwright/test';
import { AUTOMATION_ARGS, chromiumPath, extensionArgs } from '../../scripts/chromium.mjs';
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (paths never depend on the current directory). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXT = resolve(ROOT, '.output/chrome-mv3');

const round = (x) => Math.round(x * 1000) / 1000;

/** Median, min and max of `values` (rounded to µs), and how many there were. */
export function stats(values) {
  if (values.length === 0) throw new Error('stats() of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    runs: values.length,
  };
}

/** The same Chromium and flags as the end-to-end tests (tests/e2e/fixtures.ts). */
export async function launch(userDataDir, ext = EXT) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    args: [...extensionArgs(ext), ...AUTOMATION_ARGS],
  });
}

/**
 * The same Chromium and flags without the extension: for measuring the project's modules in a
 * page (the bench bundle), where the extension's annotator would have run the same code, with the
 * same regular expressions, in the same renderer first.
 */
export async function launchPlain(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: AUTOMATION_ARGS,
  });
}

/** Chromium's id of an unpacked extension: its real path, hashed, in letters a–p. */
function unpackedId(path) {
  const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The extension's service worker and id (checked against the id its path gives). */
export async function extensionOf(context, ext = EXT) {
  const sw =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(sw.url()).host;
  if (id !== unpackedId(ext)) throw new Error(`unexpected extension id ${id}`);
  return { sw, id };
}

/** The tab id Chromium gave `page` (brought to the front, then asked of the service worker). */
export async function tabIdOf(sw, page) {
  await page.bringToFront();
  const ids = await sw.evaluate(async () => {
    const tabs = await globalThis.chrome.tabs.query({ active: true });
    return tabs.map((t) => t.id ?? -1);
  });
  if (ids.length !== 1 || ids[0] < 0) throw new Error(`expected one active tab, got ${ids}`);
  return ids[0];
}

/**
 * The module at `entry` (from the project's root) as one classic script defining `name`.
 * `minify: false` keeps the functions' names, for reading a profile.
 */
export async function iifeOf(entry, name, { minify = true } = {}) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT, '~': ROOT } },
    build: {
      write: false,
      minify,
      lib: { entry: resolve(ROOT, entry), formats: ['iife'], name, fileName: name },
    },
  });
  return (Array.isArray(out) ? out[0] : out).output[0].code;
}

/**
 * The project's modules as one script that defines `globalThis.__bench` (evaluated into pages).
 * BENCH_NO_MINIFY=1 keeps the functions' names.
 */
export async function benchBundle() {
  const code = await iifeOf('tests/bench/entry.ts', '__bench', {
    minify: !process.env.BENCH_NO_MINIFY,
  });
  return `${code}\nglobalThis.__bench = __bench;`;
}

/** A fresh page at `url` with the bench bundle evaluated into it (works despite a page's CSP). */
export async function pageWithBundle(context, url, code) {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(code);
  return page;
}

/**
 * Wipe the extension's database and import `json` (an export file's text) through an extension
 * page with the bench bundle, then index the bodies as the background does after an import
 * (`indexNextSegment` until too few wait). Answers the page, still open for more measuring, how
 * many articles the import added, and how long the indexing took.
 */
export async function seedLibrary(context, extensionId, code, json) {
  const page = await pageWithBundle(context, `chrome-extension://${extensionId}/popup.html`, code);
  const { added, indexMs } = await page.evaluate(async (text) => {
    const b = globalThis.__bench;
    const parsed = b.parseImport(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const db = await b.openDb();
    await b.wipe(db);
    const result = await b.importFile(db, parsed.file);
    const t0 = performance.now();
    while ((await b.indexNextSegment(db)) > 0);
    const indexMs = performance.now() - t0;
    db.close();
    return { added: result.articles.added, indexMs };
  }, json);
  return { page, added, indexMs };
}

/**
 * Runs in a page (passed to `evaluate`): type `query` into `input` and time it until the body
 * search has finished (`count` marked `data-searching` and then no longer) and the frame showing
 * it is being drawn (its requestAnimationFrame), the view's pause after typing included. The
 * marks are watched as they change (a search may begin and end between two frames). `null` after
 * 60 s.
 */
export function typeBodyQuery([inputSelector, countSelector, query]) {
  const input = document.querySelector(inputSelector);
  const count = document.querySelector(countSelector);
  return new Promise((resolve) => {
    let seen = false;
    const t0 = performance.now();
    const observer = new MutationObserver((records) => {
      seen ||= records.some((r) => r.oldValue === 'true') || count.dataset.searching === 'true';
      if (!seen || count.dataset.searching === 'true') return;
      observer.disconnect();
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve({ ms: performance.now() - t0, found: count.textContent });
      });
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 60_000);
    observer.observe(count, {
      attributes: true,
      attributeFilter: ['data-searching'],
      attributeOldValue: true,
    });
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  });
}

/**
 * Runs in a page (passed to `evaluate`): type `query` into `input` (one input event) and time it
 * until `list` changed (`domMs`) and the next frame was painted (`ms`: a task after the frame's
 * requestAnimationFrame). `{ ms: null }` when the list did not change within 5 s.
 */
export function typeQuery([listSelector, inputSelector, query]) {
  const list = document.querySelector(listSelector);
  const input = document.querySelector(inputSelector);
  return new Promise((resolve) => {
    let t0 = 0;
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve({ ms: null });
    }, 5000);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      const domMs = performance.now() - t0;
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve({ ms: performance.now() - t0, domMs });
        }),
      );
    });
    observer.observe(list, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    t0 = performance.now();
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  });
}

/**
 * Each of `queries` typed into a page's search and timed by `timed` (by default `typeQuery`
 * until `list` changed), the search cleared after each: `{ query, ...what timed gave }`.
 */
export async function timeQueries(
  page,
  queries,
  [list, input],
  timed = (query) => page.evaluate(typeQuery, [list, input, query]),
) {
  const out = [];
  for (const query of queries) {
    out.push({ query, ...(await timed(query)) });
    await page.evaluate(typeQuery, [list, input, '']);
    await sleep(50);
  }
  return out;
}

/** `n` runs of `once(i)` (each returns a number, or an object whose `ms` is the figure). */
export async function repeat(n, once) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await once(i));
  return out;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The machine's busy and total CPU time so far (Linux /proc/stat, in clock ticks). */
function cpuTicks() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const ticks = fields.map(Number);
  const idle = ticks[3] + (ticks[4] ?? 0); // idle + iowait
  const total = ticks.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/**
 * Waits until the machine is quiet: a half second in which its CPUs were busy less than
 * `threshold` of the time, so that what the last step left running (the browser still writing,
 * a worker finishing) does not run beside the next timed open. Gives up after `maxMs`; without
 * /proc/stat (not Linux) it does not wait. Returns whether it found the machine quiet, how
 * long it waited and the last half second's busy share.
 */
export async function quiet({ threshold = 0.15, maxMs = 10_000 } = {}) {
  if (!existsSync('/proc/stat')) return { quiet: true, waitedMs: 0, busyShare: 0 };
  const t0 = Date.now();
  let busyShare = 1;
  while (Date.now() - t0 < maxMs) {
    const a = cpuTicks();
    await sleep(500);
    const b = cpuTicks();
    busyShare = (b.busy - a.busy) / Math.max(1, b.total - a.total);
    if (busyShare < threshold) break;
  }
  return { quiet: busyShare < threshold, waitedMs: Date.now() - t0, busyShare };
}
