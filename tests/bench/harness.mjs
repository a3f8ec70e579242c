// Shared pieces of the benchmarks: statistics, the Chromium launch, the bench bundle and tracing.
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { resolve } from 'node:path';

export const EXT = resolve('.output/chrome-mv3');

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    runs: values.length,
  };
}

export async function launch(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** The project's modules as one script that defines `globalThis.__bench` (evaluated into pages). */
export async function benchBundle() {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': resolve('.') } },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve('tests/bench/entry.ts'),
        formats: ['iife'],
        name: '__bench',
        fileName: 'bench',
      },
    },
  });
  const chunk = (Array.isArray(out) ? out[0] : out).output[0];
  return `${chunk.code}\nglobalThis.__bench = __bench;`;
}

/**
 * Main-thread time spent in scripts from `urlPrefix` while `action` runs, from a Chromium trace:
 * the union of the trace's script events whose URL starts with the prefix.
 */
export async function scriptTimeMs(context, page, urlPrefix, action) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'v8.execute',
        'disabled-by-default-devtools.timeline',
      ],
    },
  });
  await action();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const intervals = events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number')
    .filter((e) => {
      const d = e.args?.data ?? e.args?.beginData ?? {};
      const url = d.url ?? d.scriptName ?? d.stackTrace?.[0]?.url ?? '';
      return typeof url === 'string' && url.startsWith(urlPrefix);
    })
    .map((e) => [e.ts, e.ts + e.dur])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of intervals) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return { ms: total / 1000, events: intervals.length };
}
