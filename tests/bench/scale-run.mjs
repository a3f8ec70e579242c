// `node tests/bench/scale-run.mjs`: only the scale figures (tests/bench/scale.mjs), printed and
// written to bench-scale.json (git-ignored). `BENCH_SCALE_SIZES=200,10000` limits the sizes;
// `BENCH_NO_BUILD=1` measures the build already in .output.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXT, ROOT, benchBundle, extensionOf, launch } from './harness.mjs';
import { measureScale, writeFloorPage } from './scale.mjs';

const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

async function main() {
  if (!process.env.BENCH_NO_BUILD)
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
  const temp = mkdtempSync(join(tmpdir(), 'ana-scale-'));
  const ext = join(temp, 'chrome-mv3');
  cpSync(EXT, ext, { recursive: true });
  await writeFloorPage(ext);
  const code = await benchBundle();
  const context = await launch(join(temp, 'profile'), ext);
  try {
    const { id } = await extensionOf(context, ext);
    log(`Chromium ${context.browser()?.version() ?? '?'}`);
    const figures = await measureScale(context, id, code, log, ext);
    writeFileSync(resolve(ROOT, 'bench-scale.json'), `${JSON.stringify(figures, null, 2)}\n`);
    for (const [key, v] of Object.entries(figures)) {
      if (typeof v.median === 'number')
        console.log(
          `${key.padEnd(36)} ${v.median.toFixed(1).padStart(9)} [${v.min.toFixed(1)}–${v.max.toFixed(1)}] ×${v.runs}`,
        );
      else console.log(`${key.padEnd(36)} ${JSON.stringify(v)}`);
    }
  } finally {
    await context.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
