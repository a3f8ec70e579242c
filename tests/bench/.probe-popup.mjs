import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXT, benchBundle, extensionOf, launch, pageWithBundle, sleep } from './harness.mjs';
import { generatorScript, importVsFloor, writeFloorPage } from './scale.mjs';

const temp = mkdtempSync(join(tmpdir(), 'ana-probe-'));
const ext = join(temp, 'chrome-mv3');
cpSync(EXT, ext, { recursive: true });
await writeFloorPage(ext);
const code = await benchBundle();
const context = await launch(join(temp, 'profile'), ext);
const { id } = await extensionOf(context, ext);
const seeder = await pageWithBundle(context, `chrome-extension://${id}/export-schema.json`, code);
await seeder.evaluate(generatorScript());
await seeder.evaluate(importVsFloor, [200, 200, false]);
await seeder.close();
function watch(selector) {
  const t = (name) => (globalThis.__marks[name] ??= performance.now());
  globalThis.__marks = {};
  document.addEventListener('DOMContentLoaded', () => t('dcl'));
  new MutationObserver(() => {
    if (document.querySelector('#app > *')) t('firstRender');
    if (document.querySelector(selector)) t('firstItem');
  }).observe(document, { childList: true, subtree: true });
  const origOpen = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...a) => { t('idbOpenCall'); const r = origOpen(...a); r.addEventListener('success', () => t('idbOpened')); return r; };
}
const pageName = process.argv[2] ?? 'popup';
const sel = pageName === 'popup' ? '[data-testid="saved-item"]' : pageName === 'library' ? '[data-testid="library-item"]' : '[data-testid="saved-item"]';
const rows = [];
for (let i = 0; i < 6; i++) {
  const page = await context.newPage();
  await page.addInitScript(watch, sel);
  let cdp;
  if (i === 5) {
    cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`chrome-extension://${id}/${pageName}.html`);
  await page.waitForFunction(() => globalThis.__marks.firstItem !== undefined, null, { timeout: 30000 });
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]);
    return { ...globalThis.__marks, responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, res };
  });
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync('/tmp/popup.cpuprofile', JSON.stringify(profile));
    // self time by function
    const self = new Map();
    const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((s, k) => { const n = byId.get(s); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000); });
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
  }
  rows.push(marks);
  await page.close();
  await sleep(200);
}
for (const r of rows) console.log(JSON.stringify({ ...r, res: undefined }, (k, v) => (typeof v === 'number' ? Math.round(v) : v)));
console.log(JSON.stringify(rows.at(-2).res));
await context.close();
rmSync(temp, { recursive: true, force: true });
