// The highlights hub with 10,000 saved articles and 30,000 highlights: time to the first listed
// highlight, to the whole hub, and to a filtered or searched list on screen, beside a floor (the
// same observation of a change that does no work) measured in the same page.
import { libraryExport } from './library-data.mjs';
import { repeat, seedLibrary, sleep, stats, typeQuery } from './harness.mjs';

const RUNS = 5;
const ARTICLES = 10_000;
const PER_ARTICLE = 3;
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'];
const HUB = '[data-testid="hub"]';
const INPUT = '[data-testid="hub-search"]';
const QUERIES = ['高亮笔记 7', 'body-marker-4321', 'TechWire', '新智元 笔记', 'zzz-none'];
/** The reader's tags: every 4th article carries one, every 5th highlight one of its own. */
const TAGS = ['芯片', '大模型', 'policy', 'to read', '开源'];

/** The generated library with three highlights (a third with notes) in every article. */
export function hubLibrary() {
  const file = libraryExport(ARTICLES, { highlightEvery: 0 });
  file.version = 3;
  file.articles.forEach((a, i) => {
    if (i % 4 === 0) a.tags = [TAGS[(i / 4) % TAGS.length]];
    a.highlights = [0, 1, 2].map((k) => {
      const start = k * 30;
      const exact = a.bodyText.slice(start, start + 12);
      return {
        id: `hub-${i}-${k}`,
        text: exact,
        note: k === 1 ? `高亮笔记 ${i}` : '',
        color: COLORS[(i + k) % COLORS.length],
        createdAt: a.savedAt,
        updatedAt: a.savedAt,
        selector: { exact, prefix: '', suffix: '', start, end: start + 12 },
        ...((i * PER_ARTICLE + k) % 5 === 0 ? { tags: [TAGS[(i + k) % TAGS.length]] } : {}),
      };
    });
  });
  return file;
}

/** Installed before the page's scripts: when the first hub highlight enters the DOM. */
function watchFirstHighlight() {
  if (!location.pathname.endsWith('/library.html')) return;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="hub-highlight"]')) return;
    observer.disconnect();
    globalThis.__firstHighlightAt = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** In the page: pick `value` in the select `selector` and time it like `typeQuery`. */
function pickOption([listSelector, selector, value]) {
  const list = document.querySelector(listSelector);
  const select = document.querySelector(selector);
  return new Promise((resolve) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0 })));
    });
    observer.observe(list, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** In the page: the floor — one attribute change observed, then a frame and a task, no work. */
function frameFloor(listSelector) {
  const list = document.querySelector(listSelector);
  return new Promise((resolve) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0 })));
    });
    observer.observe(list, { attributes: true });
    list.setAttribute('data-bench', String(t0));
  });
}

async function onePage(context, extensionId) {
  const page = await context.newPage();
  try {
    await page.addInitScript(watchFirstHighlight);
    await page.goto(`chrome-extension://${extensionId}/library.html#hub`);
    await page.waitForFunction(() => globalThis.__firstHighlightAt !== undefined, null, {
      timeout: 30_000,
    });
    const first = await page.evaluate(() => globalThis.__firstHighlightAt);
    const total = String(ARTICLES * PER_ARTICLE);
    await page.waitForSelector(`[data-testid="hub-count"][data-total="${total}"]`, {
      timeout: 60_000,
    });
    const complete = await page.evaluate(() => performance.now());
    await sleep(500);
    const search = [];
    const filter = [];
    const floor = [];
    for (const query of QUERIES) {
      floor.push((await page.evaluate(frameFloor, HUB)).ms);
      search.push(await page.evaluate(typeQuery, [HUB, INPUT, query]));
      await page.evaluate(typeQuery, [HUB, INPUT, '']);
      await sleep(50);
    }
    const tagFilter = [];
    for (const tag of TAGS) {
      tagFilter.push((await page.evaluate(pickOption, [HUB, '[data-testid="hub-tag"]', tag])).ms);
      await page.evaluate(pickOption, [HUB, '[data-testid="hub-tag"]', '']);
      await sleep(50);
    }
    for (const color of COLORS) {
      filter.push((await page.evaluate(pickOption, [HUB, '[data-testid="hub-color"]', color])).ms);
      await page.evaluate(pickOption, [HUB, '[data-testid="hub-color"]', '']);
      await sleep(50);
    }
    return { first, complete, search: search.map((s) => s.ms), filter, tagFilter, floor };
  } finally {
    await page.close();
  }
}

/** Every hub figure (the database is seeded here: it replaces what was there). */
export async function measureHub(context, extensionId, code, log) {
  log('hub: seeding 10,000 articles with 30,000 highlights');
  const { page, added } = await seedLibrary(
    context,
    extensionId,
    code,
    JSON.stringify(hubLibrary()),
  );
  await page.close();
  if (added !== ARTICLES) throw new Error(`seeded ${added} articles`);
  log('hub: first render, search and color filter');
  const runs = await repeat(RUNS, () => onePage(context, extensionId));
  const method = `${ARTICLES} articles, ${ARTICLES * PER_ARTICLE} highlights`;
  const floor = stats(runs.flatMap((r) => r.floor));
  const search = runs.flatMap((r) => r.search).filter((ms) => ms !== null);
  const figures = {
    'hub.firstRender30kMs': {
      ...stats(runs.map((r) => r.first)),
      method: `${method}: navigation start → first [data-testid="hub-highlight"] in the DOM`,
    },
    'hub.complete30kMs': {
      ...stats(runs.map((r) => r.complete)),
      method: `${method}: navigation start → every highlight joined with its article (hub-count)`,
    },
    'hub.search30kMs': {
      ...stats(search),
      floorMs: floor,
      queries: QUERIES,
      method: 'one input event on hub-search → list changed → next frame → next task',
    },
    'hub.filter30kMs': {
      ...stats(runs.flatMap((r) => r.filter)),
      floorMs: floor,
      method: 'a color picked in hub-color → list changed → next frame → next task',
    },
    'hub.tagFilter30kMs': {
      ...stats(runs.flatMap((r) => r.tagFilter)),
      floorMs: floor,
      tags: TAGS,
      method: 'a tag picked in hub-tag → list changed → next frame → next task',
    },
  };
  for (const [key, v] of Object.entries(figures)) {
    log(`${key}: median ${v.median} ms (min ${v.min}, max ${v.max}); floor ${floor.median} ms`);
  }
  return figures;
}
