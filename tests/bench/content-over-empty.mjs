// The extension's main-thread cost on pages over an empty content script, measured the same way:
// Chromium's Performance.getMetrics ScriptDuration after load, in three browsers (the project's
// build; an extension whose content script is `void 0;`; one whose content script only registers a
// message listener, as a floor), interleaved — on the 2 MB non-article page (the build injects
// nothing there), on a Chinese page that is not an article (the build injects its checker) and on
// a quick-read article like the seed, its keywords one run of text (the annotator recognizes it).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { nonArticlePage } from './generate.mjs';
import { ROOT, launch, sleep, stats } from './harness.mjs';

const RUNS = 9;
/** Long enough for idle work (and the messages it sends) to run. */
const SETTLE_MS = 1500;

/**
 * A minimal extension with one content script: `void 0;` (empty), or one that only registers a
 * message listener — the least a content script that answers the popup can do, a floor for ours.
 */
function minimalExtension(dir, code = 'void 0;\n') {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'empty content script',
    version: '1.0',
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['c.js'], run_at: 'document_idle' },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'c.js'), code);
  return dir;
}

async function scriptMs(context, url) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
  } finally {
    await page.close();
  }
}

/** A page of `html` with a Chinese title and language: the checker's work, and no article. */
const chinesePage = (html) =>
  html
    .replace('<html>', '<html lang="zh-CN">')
    .replace('<title>Docs</title>', '<title>开发者文档 – 快速上手</title>');

/** `ext`: the project's build to measure; `temp`: a directory for profiles and pages. */
export async function measureOverEmpty(ext, temp, runs = RUNS) {
  const pages = join(temp, 'over-empty-pages');
  mkdirSync(pages, { recursive: true });
  writeFileSync(join(pages, 'non-article.html'), nonArticlePage(2_000_000));
  writeFileSync(join(pages, 'chinese.html'), chinesePage(nonArticlePage(200_000)));
  copyFileSync(
    resolve(ROOT, 'tests/fixtures/pages/quickread-flat.html'),
    join(pages, 'quickread.html'),
  );
  const server = await startStaticServer(pages);
  const ours = await launch(join(temp, 'over-empty-ours'), ext);
  const empty = await launch(
    join(temp, 'over-empty-empty'),
    minimalExtension(join(temp, 'empty-extension')),
  );
  const listener = await launch(
    join(temp, 'over-empty-listener'),
    minimalExtension(
      join(temp, 'listener-extension'),
      'chrome.runtime.onMessage.addListener(() => undefined);\n',
    ),
  );
  try {
    const url = server.url('non-article.html');
    const zh = server.url('chinese.html');
    const article = server.url('quickread.html');
    await scriptMs(ours, url); // warm the disk cache and both browsers
    await scriptMs(empty, url);
    await scriptMs(listener, url);
    const a = [];
    const b = [];
    const c = [];
    const zhOurs = [];
    const zhEmpty = [];
    const articleOurs = [];
    const articleEmpty = [];
    for (let i = 0; i < runs; i += 1) {
      // Interleaved, alternating which goes first.
      if (i % 2) {
        b.push(await scriptMs(empty, url));
        c.push(await scriptMs(listener, url));
        a.push(await scriptMs(ours, url));
        zhEmpty.push(await scriptMs(empty, zh));
        zhOurs.push(await scriptMs(ours, zh));
        articleEmpty.push(await scriptMs(empty, article));
        articleOurs.push(await scriptMs(ours, article));
      } else {
        articleOurs.push(await scriptMs(ours, article));
        articleEmpty.push(await scriptMs(empty, article));
        zhOurs.push(await scriptMs(ours, zh));
        zhEmpty.push(await scriptMs(empty, zh));
        a.push(await scriptMs(ours, url));
        c.push(await scriptMs(listener, url));
        b.push(await scriptMs(empty, url));
      }
    }
    return {
      overEmpty: {
        ...stats(a.map((x, i) => x - b[i])),
        method:
          'CDP Performance.getMetrics ScriptDuration after load, minus the empty extension’s, pairwise',
      },
      empty: { ...stats(b) },
      ours: { ...stats(a) },
      chineseNonArticle: {
        ...stats(zhOurs.map((x, i) => x - zhEmpty[i])),
        method:
          'the same, on a 200 kB Chinese page that is not an article (the checker is injected there)',
      },
      quickreadArticle: {
        ...stats(articleOurs.map((x, i) => x - articleEmpty[i])),
        method:
          'the same, on a quick-read article whose keywords are one run of text (tests/fixtures/pages/quickread-flat.html): the annotator recognizes it and asks for its highlights',
      },
      listenerOnly: {
        ...stats(c.map((x, i) => x - b[i])),
        method: 'a content script that only registers runtime.onMessage, minus the empty one',
      },
    };
  } finally {
    await ours.close();
    await empty.close();
    await listener.close();
    await server.close();
  }
}
