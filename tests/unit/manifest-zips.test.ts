// The release zips (`npm run zip` first): each store zip holds its build, and the sources zip holds
// what builds the add-on and nothing of the tests or their outputs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const zipPath = (kind: string) => join('.output', `${pkg.name}-${pkg.version}-${kind}.zip`);

async function openZip(kind: string): Promise<JSZip> {
  const path = zipPath(kind);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run zip first`);
  return JSZip.loadAsync(readFileSync(path));
}

const names = (zip: JSZip) => Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);

describe.each([
  ['chrome', '.output/chrome-mv3'],
  ['firefox', '.output/firefox-mv2'],
])('the %s zip', (kind, build) => {
  it('holds the build, its manifest at the root', async () => {
    const zip = await openZip(kind);
    const manifest = await zip.file('manifest.json')?.async('string');
    expect(manifest).toBe(readFileSync(join(build, 'manifest.json'), 'utf8'));
    expect(JSON.parse(manifest!).version).toBe(pkg.version);
    for (const name of names(zip)) expect(name).not.toMatch(/\.map$|^tests\//);
  });
});

describe('the sources zip', () => {
  it('holds what builds the add-on', async () => {
    const files = names(await openZip('sources'));
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'entrypoints/background.ts',
      'public/_locales/en/messages.json',
    ])
      expect(files).toContain(needed);
  });

  it('leaves out tests, their configs, dev scripts and every output', async () => {
    const files = names(await openZip('sources'));
    const left = files.filter((f) =>
      /^(tests|\.ci|scripts|node_modules|\.output|\.wxt|test-results|playwright-report)\/|^(playwright|vitest)\.config\.ts$|^eslint\.config\.js$|\.zip$/.test(
        f,
      ),
    );
    expect(left).toEqual([]);
  });
});
