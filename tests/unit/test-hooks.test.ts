// Test hooks ship only in the test build (`npm run build:e2e`), never in the store zips
// (`npm run zip` first): the production zips hold no trace of them, while the test build, made
// from the same sources, does (the positive control that the search would find one).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const HOOK = 'anaRunCommand';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };

/** Every file of a zip with the hook's name in it. */
async function zipFilesWithHook(kind: string): Promise<string[]> {
  const path = join('.output', `${pkg.name}-${pkg.version}-${kind}.zip`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run zip first`);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const found: string[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir && (await file.async('string')).includes(HOOK)) found.push(name);
  }
  return found;
}

/** Every file of a build folder with the hook's name in it. */
function buildFilesWithHook(dir: string): string[] {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`no test build at ${dir}: run npm run build:e2e first`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.js$/.test(name))
    .filter((name) => readFileSync(join(dir, name), 'utf8').includes(HOOK));
}

describe.each([
  ['chrome', '.output/chrome-mv3-e2e'],
  ['firefox', '.output/firefox-mv2-e2e'],
])('the %s build', (kind, testBuild) => {
  it('has the test hook in its test build only', async () => {
    expect(buildFilesWithHook(testBuild)).toEqual(['background.js']);
    expect(await zipFilesWithHook(kind)).toEqual([]);
  });
});
