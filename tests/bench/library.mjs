// The library page with 10,000 saved articles (time to the first item, search while typing) and
// story clusters in their worker (a full rebuild, one more article saved).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { libraryExport } from './library-data.mjs';
import { repeat, seedLibrary, sleep, stats, timeQueries } from './harness.mjs';

const RUNS = 5;
const ARTICLES = 10_000;
const LIST = '[data-testid="library-list"]';
const INPUT = '[data-testid="library-search"]';
const QUERIES = ['body-marker-4321', 'orion', '我的笔记', '高亮笔记 7', 'nova quark', 'tech'];

/** Fill the database through an extension page with the generated library (bodies included). */
async function seed(context, extensionId, code) {
  const json = JSON.stringify(libraryExport(ARTICLES));
  const { page, added } = await seedLibrary(context, extensionId, code, json);
  await page.close();
  return added;
}

/** Installed before the page's scripts: notes when the first library item enters the DOM. */
function watchFirstItem() {
  if (!location.pathname.endsWith('/library.html')) return;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="library-item"]')) return;
    observer.disconnect();
    globalThis.__firstItemAt = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function measurePage(context, extensionId) {
  const url = `chrome-extension://${extensionId}/library.html`;
  const runs = await repeat(RUNS, async () => {
    const page = await context.newPage();
    try {
      await page.addInitScript(watchFirstItem);
      await page.goto(url);
      await page.waitForFunction(() => globalThis.__firstItemAt !== undefined, null, {
        timeout: 30_000,
      });
      const first = await page.evaluate(() => globalThis.__firstItemAt);
      await page.waitForSelector('.lib-app[data-complete="true"]', { timeout: 60_000 });
      await sleep(500);
      const search = await timeQueries(page, QUERIES, [LIST, INPUT]);
      return { first, search };
    } finally {
      await page.close();
    }
  });
  const searches = runs.flatMap((r) => r.search).filter((s) => s.ms !== null);
  return {
    firstRender: {
      ...stats(runs.map((r) => r.first)),
      articles: ARTICLES,
      method:
        'navigation start → first [data-testid="library-item"] in the DOM (MutationObserver from page.addInitScript); the newest 50 cards are read first, the whole library after',
    },
    search: {
      ...stats(searches.map((s) => s.ms)),
      domMs: stats(searches.map((s) => s.domMs)),
      queries: QUERIES,
      method:
        'one input event on [data-testid="library-search"] (title, summary, keywords, tags, notes, highlights and body) → MutationObserver on the list → requestAnimationFrame → next task',
    },
  };
}

/** The story worker as the library runs it: a rebuild of 10,000, then single saves. */
function clusterRuns({ workerUrl, articles, runs }) {
  // What the library posts: the fields clustering reads (the bench bundle's `toStoryDoc`).
  const docs = articles.map(globalThis.__bench.toStoryDoc);
  const worker = new Worker(workerUrl, { type: 'module' });
  let id = 0;
  const ask = (body) =>
    new Promise((resolve) => {
      const mine = ++id;
      const t0 = performance.now();
      worker.onmessage = (e) => {
        if (e.data.id === mine)
          resolve({
            ms: performance.now() - t0,
            workerMs: e.data.ms,
            stories: e.data.stories.length,
          });
      };
      worker.postMessage({ ...body, id: mine });
    });
  return (async () => {
    const rebuild = [];
    const save = [];
    for (let r = 0; r < runs; r++) rebuild.push(await ask({ type: 'rebuild', docs }));
    for (let i = 0; i < 40; i++) {
      const doc = { ...docs[(i * 997) % docs.length], url: `https://saved.example.com/${i}` };
      save.push(await ask({ type: 'add', docs: [doc] }));
    }
    worker.terminate();
    return { rebuild, save };
  })();
}

async function measureClusters(context, extensionId, code, ext) {
  const file = readdirSync(join(ext, 'assets')).find((f) => f.startsWith('story.worker'));
  if (!file) throw new Error('no story worker in the build');
  const { articles } = libraryExport(ARTICLES);
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/export-schema.json`);
    await page.evaluate(code);
    const { rebuild, save } = await page.evaluate(clusterRuns, {
      workerUrl: `chrome-extension://${extensionId}/assets/${file}`,
      articles,
      runs: RUNS,
    });
    return {
      rebuild: {
        ...stats(rebuild.map((r) => r.ms)),
        workerMs: stats(rebuild.map((r) => r.workerMs)),
        stories: rebuild[0].stories,
        articles: ARTICLES,
        method:
          'postMessage of 10,000 articles to the story worker → its answer with every story (round trip)',
      },
      onSave: {
        ...stats(save.map((r) => r.ms)),
        workerMs: stats(save.map((r) => r.workerMs)),
        method:
          'one saved article added to the worker’s index of 10,000 → its answer with every story (round trip)',
      },
    };
  } finally {
    await page.close();
  }
}

/** Every library and cluster figure. */
export async function measureLibrary(context, extensionId, code, ext, log) {
  log('library: seeding 10,000 articles');
  const seeded = await seed(context, extensionId, code);
  if (seeded !== ARTICLES) throw new Error(`seeded ${seeded} articles`);
  log('library: first render and search');
  const page = await measurePage(context, extensionId);
  log('clusters: rebuild and save in the worker');
  const clusters = await measureClusters(context, extensionId, code, ext);
  return {
    'library.firstRender10kMs': page.firstRender,
    'library.search10kMs': page.search,
    'clusters.rebuild10kMs': clusters.rebuild,
    'clusters.onSaveMs': clusters.onSave,
  };
}
