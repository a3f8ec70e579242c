import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The built pages' first load (wxt.config.ts `viewChunks`): a view asks for a few files, the
 * in-page frame for its own few, and neither loads what waits for the reader's asking (full zod
 * for the export formats and the import's checks, the charts).
 */
const ROOT = resolve(__dirname, '../../..');
let out = '';

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ana-chunks-'));
  // A build of its own (a few seconds), so the test never reads an older build's output.
  const script = `import { build } from 'wxt'; await build({ mode: 'production', outDir: ${JSON.stringify(out)} });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The files a page loads before its first screen: its module script and the module preloads. */
function firstLoad(page: string): string[] {
  const ext = join(out, 'chrome-mv3');
  const html = readFileSync(join(ext, page), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(files.length, `${page} loads its modules`).toBeGreaterThan(0);
  for (const file of files) expect(existsSync(join(ext, file)), file).toBe(true);
  return files;
}

const text = (files: string[]) =>
  files.map((f) => readFileSync(join(out, 'chrome-mv3', f), 'utf8')).join('\n');

/**
 * Full zod (its schemas have a `superRefine` method; zod/mini's have none), the charts (uPlot's
 * own class names; a view's code may name the charts' file, to load it later) and the quote
 * card's QR code library (its `getModuleCount`).
 */
const LATER = /\bsuperRefine\(|u-legend|getModuleCount/;

describe("the built pages' first load", () => {
  it.each([
    ['popup.html', 5],
    ['library.html', 7],
    ['sidepanel.html', 6],
  ])('%s asks for at most %i files, none of what loads later', (page, most) => {
    const files = firstLoad(page);
    expect(files.length).toBeLessThanOrEqual(most);
    expect(text(files)).not.toMatch(LATER);
  });

  it('the in-page frame loads none of what the views share', () => {
    const files = firstLoad('frame.html');
    expect(files.length).toBeLessThanOrEqual(4);
    expect(files.some((f) => f.includes('/views-'))).toBe(false);
    expect(text(files).length).toBeLessThan(60_000);
  });

  it("the popup draws its first screen without the views' shared chunk, and loads it after", () => {
    const files = firstLoad('popup.html');
    expect(files.some((f) => f.includes('/views-'))).toBe(false);
    expect(files.some((f) => f.includes('/first-screen-'))).toBe(true);
    // Positive control: the rest of the popup, loaded once the first screen shows, and the
    // library's first load do bring it.
    const entry = readFileSync(join(out, 'chrome-mv3', files[0]!), 'utf8');
    const rest = entry.match(/chunks\/start-[\w-]+\.js/)?.[0];
    expect(rest, 'the popup names the rest of its code').toBeTruthy();
    expect(readFileSync(join(out, 'chrome-mv3', rest!), 'utf8')).toMatch(/from"\.\/views-/);
    expect(firstLoad('library.html').some((f) => f.includes('/views-'))).toBe(true);
  });

  it('positive control: the options page, which checks sync settings with full zod, loads it', () => {
    expect(text(firstLoad('options.html'))).toMatch(LATER);
    const charts = readdirSync(join(out, 'chrome-mv3', 'chunks')).filter((f) => /^uPlot/i.test(f));
    expect(charts).toHaveLength(1);
    expect(text([`/chunks/${charts[0]}`])).toMatch(LATER);
    const card = readdirSync(join(out, 'chrome-mv3', 'chunks')).filter((f) => /^draw-/.test(f));
    expect(card).toHaveLength(1);
    expect(text([`/chunks/${card[0]}`])).toMatch(/getModuleCount/);
  });
});
