// `node tests/bench/hub-run.mjs`: only the highlights hub's figures (tests/bench/hub.mjs), printed
// and written to bench-hub.json (git-ignored). `BENCH_NO_BUILD=1` measures the build already in
// .output. Run it under the browser lock: `flock /tmp/browser.lock node tests/bench/hub-run.mjs`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXT, ROOT, benchBundle, extensionOf, launch } from './harness.mjs';
import { measureHub } from './hub.mjs';

const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

async function main() {
  if (!process.env.BENCH_NO_BUILD)
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
  const temp = mkdtempSync(join(tmpdir(), 'ana-hub-'));
  const ext = join(temp, 'chrome-mv3');
  cpSync(EXT, ext, { recursive: true });
  const code = await benchBundle();
  const context = await launch(join(temp, 'profile'), ext);
  try {
    const { id } = await extensionOf(context, ext);
    log(`Chromium ${context.browser()?.version() ?? '?'}`);
    const figures = await measureHub(context, id, code, log);
    writeFileSync(resolve(ROOT, 'bench-hub.json'), `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await context.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
