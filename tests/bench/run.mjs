// `npm run bench`: build the extension, measure it in Chromium, print a table and write
// bench-results.json (git-ignored). Medians of several runs, with min and max. CI does not run it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { measureContentScript } from './content-script.mjs';
import { measureOverEmpty } from './content-over-empty.mjs';
import { measureData } from './data.mjs';
import { measureAnchor, measureExtract } from './extract-anchor.mjs';
import { longArticlePage } from './generate.mjs';
import { EXT, ROOT, benchBundle, extensionOf, launch, launchPlain } from './harness.mjs';
import { measureLibrary } from './library.mjs';
import { measurePopup, seedArticles } from './popup.mjs';
import { measureToolbar } from './toolbar.mjs';
import { buildResults, machine, table } from './report.mjs';
import { measureSync } from './sync.mjs';
import { measureScale, writeFloorPage } from './scale.mjs';

const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

function buildExtension() {
  log('building the extension (npx wxt build)');
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
  } catch (e) {
    process.stderr.write(`${e.stdout ?? ''}${e.stderr ?? ''}`);
    throw new Error('wxt build failed', { cause: e });
  }
}

async function main() {
  buildExtension();
  const temp = mkdtempSync(join(tmpdir(), 'ana-bench-'));
  // Load a copy, so a rebuild of .output while the bench runs cannot change what is measured.
  const ext = join(temp, 'chrome-mv3');
  cpSync(EXT, ext, { recursive: true });
  await writeFloorPage(ext);
  const code = await benchBundle();
  const pages = join(temp, 'pages');
  cpSync(resolve(ROOT, 'tests/fixtures/pages'), pages, { recursive: true });
  const longArticle = longArticlePage(1_000_000);
  writeFileSync(join(pages, 'long-article.html'), longArticle);
  const server = await startStaticServer(pages);
  const context = await launch(join(temp, 'profile'), ext);
  const details = {};
  try {
    const { sw, id } = await extensionOf(context, ext);
    log(`Chromium ${context.browser()?.version() ?? '?'}, extension ${id}`);

    log('content script on a 2 MB non-article page');
    const cs = await measureContentScript(context, id, ext, log);
    details['contentScript.nonArticleMs'] = cs.nonArticle;
    details['contentScript.floorMs'] = cs.floor;
    details['contentScript.bundleBytes'] = cs.bundle;
    log('content script over an empty one (ScriptDuration, two browsers, interleaved)');
    const overEmpty = await measureOverEmpty(ext, temp);
    details['contentScript.overEmptyMs'] = overEmpty.overEmpty;
    details['contentScript.emptyMs'] = overEmpty.empty;
    details['contentScript.listenerOnlyMs'] = overEmpty.listenerOnly;
    details['contentScript.chineseNonArticleMs'] = overEmpty.chineseNonArticle;
    details['contentScript.quickreadArticleMs'] = overEmpty.quickreadArticle;

    // The bench bundle's modules are measured in a browser without the extension: on a quick-read
    // page its annotator runs the same code first in the same renderer, and the bundle's first
    // call then finds it warm (9.3 against 14.2 ms cold, medians of 7, measured 2026-12-04).
    const plain = await launchPlain(join(temp, 'plain-profile'));
    let anchor;
    try {
      log('extractArticle on the seed page (a browser without the extension)');
      details['extract.seedMs'] = await measureExtract(
        plain,
        code,
        server.url('quickread-wordpress.html'),
      );
      details['extract.floorMs'] = details['extract.seedMs'].floorMs;
      log('re-anchoring 500 highlights on a 1 MB article (the same browser)');
      anchor = await measureAnchor(plain, code, server.url('long-article.html'));
    } finally {
      await plain.close();
    }

    log('in-page toolbar: time to show after a real mouse selection (20 selections)');
    details['toolbar.showMs'] = await measureToolbar(
      context,
      server.url('quickread-wordpress.html'),
    );

    details['anchor.reanchor500Ms'] = {
      ...anchor.reanchor,
      pageBytes: Buffer.byteLength(longArticle),
    };
    details['anchor.fuzzyShare'] = anchor.fuzzyShare;

    log('popup with 10,000 saved articles');
    const seeded = await seedArticles(context, id, code);
    if (seeded.count !== 10_000) throw new Error(`seeded ${seeded.count} articles`);
    const article = await context.newPage();
    await article.goto(server.url('quickread-wordpress.html'));
    const popup = await measurePopup(context, id, sw, article, seeded);
    await article.close();
    details['popup.firstRender10kMs'] = popup.firstRender;
    details['popup.search10kMs'] = popup.search;
    details['popup.bodySearch10kMs'] = popup.bodySearch;

    Object.assign(details, await measureLibrary(context, id, code, ext, log));
    Object.assign(details, await (await import('./hub.mjs')).measureHub(context, id, code, log));

    if (!process.env.BENCH_SKIP_SCALE)
      Object.assign(details, await measureScale(context, id, code, log, ext));

    log('export and import of 10,000 articles with 100,000 highlights');
    const data = await measureData(context, id, code);
    details['export.10kMs'] = data.export;
    details['import.10kMs'] = data.import;

    if (!process.env.BENCH_SKIP_SYNC) {
      const sync = await measureSync(ext, code, log);
      details['sync.first10kMs'] = sync.first10k;
      details['sync.first10kPullMs'] = sync.first10kPull;
      details['sync.oneChangeBytes'] = sync.oneChangeBytes;
      details['sync.oneChangeMs'] = sync.oneChangeMs;
      details['sync.oneChangePullBytes'] = sync.oneChangePullBytes;
      details['sync.oneChangePullMs'] = sync.oneChangePullMs;
    }

    const results = buildResults(details, machine(context.browser()?.version() ?? null));
    writeFileSync(resolve(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`content-script time: ${cs.method}`);
    console.log(`\n${table(results)}\n\nwrote bench-results.json`);
  } finally {
    await context.close();
    await server.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
