// One part of the benchmarks on its own (`scale-run.mjs`, `hub-run.mjs`): build (unless
// `BENCH_NO_BUILD=1`), load a copy of the build in a fresh Chromium profile, measure, print each
// figure (median [min–max] ×runs) and write them to a git-ignored JSON file at the project's root.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXT, ROOT, benchBundle, extensionOf, launch } from './harness.mjs';

function print(figures) {
  for (const [key, v] of Object.entries(figures)) {
    if (typeof v?.median === 'number')
      console.log(
        `${key.padEnd(36)} ${v.median.toFixed(1).padStart(9)} [${v.min.toFixed(1)}–${v.max.toFixed(1)}] ×${v.runs}`,
      );
    else console.log(`${key.padEnd(36)} ${JSON.stringify(v)}`);
  }
}

/**
 * @param {string} name the JSON file's name part (`bench-NAME.json`)
 * @param {(ext: string) => Promise<void>} prepare what the copied build needs before it loads
 * @param {(run: {context: any, id: string, code: string, log: (m: string) => void, ext: string}) => Promise<object>} measure
 */
export async function runOne(name, prepare, measure) {
  const started = Date.now();
  const log = (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${m}`);
  if (!process.env.BENCH_NO_BUILD)
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
  const temp = mkdtempSync(join(tmpdir(), `ana-${name}-`));
  const ext = join(temp, 'chrome-mv3');
  cpSync(EXT, ext, { recursive: true });
  await prepare(ext);
  const code = await benchBundle();
  const context = await launch(join(temp, 'profile'), ext);
  try {
    const { id } = await extensionOf(context, ext);
    log(`Chromium ${context.browser()?.version() ?? '?'}`);
    const figures = await measure({ context, id, code, log, ext });
    writeFileSync(resolve(ROOT, `bench-${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
    print(figures);
  } finally {
    await context.close();
    // BENCH_KEEP=1 keeps the build's copy and the browser profile, for a look afterwards.
    if (process.env.BENCH_KEEP) console.log(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

export function runMain(run) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
