// `node tests/bench/db-trace.mjs [articles] [page…]`: what a page asks IndexedDB for while it opens.
// Seeds the realistic library (`realistic.mjs`, default 10,000 articles) into the built extension
// (run `npx wxt build` first), opens each page (default popup.html and library.html), and prints,
// in ms from navigation start, each database open, each store or index request and when it
// succeeded, each message to the background, DOMContentLoaded and the first listed item. Reads of
// single records by key (`get`) and per-article highlight reads are left out of the print.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXT, benchBundle, extensionOf, launch, pageWithBundle } from './harness.mjs';
import { generatorScript, importVsFloor } from './scale-seed.mjs';

const FIRST_ITEM = {
  'popup.html': '[data-testid="saved-item"]',
  'library.html': '[data-testid="library-item"]',
  'library.html#hub': '[data-testid="hub-highlight"]',
};

/** Installed before the page's scripts: notes every database request and the first item. */
function traceRequests(selector) {
  const log = (globalThis.__trace = []);
  const mark = (what) => log.push([Math.round(performance.now()), what]);
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args) => {
    mark('indexedDB.open');
    const request = open(...args);
    request.addEventListener('success', () => mark('  opened'));
    return request;
  };
  for (const [proto, kind] of [
    [IDBObjectStore.prototype, 'store'],
    [IDBIndex.prototype, 'index'],
  ]) {
    for (const method of ['getAll', 'count', 'openKeyCursor', 'get']) {
      const original = proto[method];
      proto[method] = function (...args) {
        const what = `${kind}(${this.name}).${method}`;
        mark(what);
        const request = original.apply(this, args);
        request.addEventListener('success', () => mark(`  done ${what}`));
        return request;
      };
    }
  }
  const runtime = globalThis.chrome.runtime;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (...args) => {
    mark(`message ${args[0]?.type}`);
    return send(...args);
  };
  document.addEventListener('DOMContentLoaded', () => mark('DOMContentLoaded'));
  new MutationObserver(() => {
    if (!globalThis.__first && document.querySelector(selector)) {
      globalThis.__first = true;
      mark('FIRST ITEM');
    }
  }).observe(document, { childList: true, subtree: true });
}

async function main() {
  const n = Number(process.argv[2] ?? 10_000);
  const pages = process.argv.slice(3).length
    ? process.argv.slice(3)
    : ['popup.html', 'library.html'];
  const temp = mkdtempSync(join(tmpdir(), 'ana-trace-'));
  const ext = join(temp, 'chrome-mv3');
  cpSync(EXT, ext, { recursive: true });
  const context = await launch(join(temp, 'profile'), ext);
  try {
    const { id } = await extensionOf(context, ext);
    const seeder = await pageWithBundle(
      context,
      `chrome-extension://${id}/export-schema.json`,
      await benchBundle(),
    );
    await seeder.evaluate(generatorScript());
    await seeder.evaluate(importVsFloor, [n, 5000, false]);
    await seeder.close();
    for (const name of pages) {
      const page = await context.newPage();
      await page.addInitScript(traceRequests, FIRST_ITEM[name] ?? '[data-testid]');
      await page.goto(`chrome-extension://${id}/${name}`);
      await page.waitForFunction(() => globalThis.__first, null, { timeout: 60_000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const trace = await page.evaluate(() => globalThis.__trace);
      console.log(`${name} with ${n.toLocaleString('en')} articles:`);
      for (const [ms, what] of trace) {
        if (!/\.get$|\(articleUrl\)/u.test(what)) console.log(`${String(ms).padStart(6)} ${what}`);
      }
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
