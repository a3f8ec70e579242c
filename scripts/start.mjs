// `npm start`: build the extension, serve the demo article on 127.0.0.1 and open Chromium/Chrome
// with the extension loaded on it. Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionArgs } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const EXT = resolve('.output/chrome-mv3');
const PAGES = resolve('tests/fixtures/pages');
const DEMO = 'quickread-wordpress.html';
const PORT = Number(process.env.DEMO_PORT ?? 5178);

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startStaticServer(PAGES, PORT).catch(() => startStaticServer(PAGES, 0));
const demoUrl = server.url(DEMO);
console.log(`\nDemo article: ${demoUrl}`);

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);
const browserPath = candidates.find((p) => existsSync(p));
// A Linux machine without a display (a server, CI) cannot open a browser window.
const noDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (!browserPath || noDisplay) {
  if (browserPath) console.log('\nNo display to open a browser window on.');
  console.log(`
Load the extension by hand:
  1. open chrome://extensions and turn on "Developer mode";
  2. "Load unpacked" → choose ${EXT};
  3. open ${demoUrl}
(or set CHROMIUM_PATH to your browser and run npm start again). The demo server keeps running; Ctrl+C stops it.`);
} else {
  const profile = mkdtempSync(join(tmpdir(), 'ai-news-annotator-demo-'));
  const args = [
    `--user-data-dir=${profile}`,
    ...extensionArgs(EXT),
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    demoUrl,
  ];
  console.log(`Opening ${browserPath} with the extension loaded…`);
  const child = spawn(browserPath, args, { stdio: 'ignore' });
  child.on('exit', () => {
    void server.close().then(() => process.exit(0));
  });
  child.on('error', (e) => {
    console.error(
      `Could not start ${browserPath}: ${e.message}. Load ${EXT} by hand (see README).`,
    );
  });
}
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
