// Page-side figures with the project's modules evaluated into the page (the bench bundle):
// extracting the seed article, and re-anchoring 500 highlights after the page changed.
import { repeat, sleep, stats } from './harness.mjs';

const RUNS = 7;
const HIGHLIGHTS = 500;

/** `extractArticle(document, location.href)`: first call after a fresh load, then a warm one. */
export async function measureExtract(context, code, url) {
  const runs = await repeat(RUNS, async () => {
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(code);
      const extracted = await page.evaluate(() => {
        const time = () => {
          const t0 = performance.now();
          const article = globalThis.__bench.extractArticle(document, location.href);
          return { ms: performance.now() - t0, article };
        };
        const first = time();
        const warm = time();
        if (first.article?.format !== 'quickread')
          throw new Error('the seed page was not recognized');
        return { ms: first.ms, warmMs: warm.ms, chars: first.article.bodyText.length };
      });
      return { ...extracted, floorMs: await textWalkMs(context, url) };
    } finally {
      await page.close();
    }
  });
  return {
    ...stats(runs.map((r) => r.ms)),
    warmMs: stats(runs.map((r) => r.warmMs)),
    floorMs: {
      ...stats(runs.map((r) => r.floorMs)),
      method: 'a fresh page of the seed: read every text node once (TreeWalker), cold',
    },
    bodyChars: runs[0].chars,
    note: 'performance.now() in a web page is coarsened to 0.1 ms',
  };
}

/** The floor for extraction: reading the page's text once, in a fresh page, measured the same way. */
async function textWalkMs(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
      return chars >= 0 ? performance.now() - t0 : 0;
    });
  } finally {
    await page.close();
  }
}

/**
 * Where the highlights are: one per paragraph of the body container, spread evenly, 24–80 chars
 * at a position that depends only on their number. Every 20th (from the 8th) gets one character
 * changed, every 50th (from the 14th) is deleted from the page.
 */
function plan(count) {
  const root = document.querySelector('.content');
  const paragraphs = [...root.querySelectorAll('p')];
  if (paragraphs.length < count) throw new Error(`only ${paragraphs.length} paragraphs`);
  return Array.from({ length: count }, (_, k) => {
    const node = paragraphs[Math.floor((k * paragraphs.length) / count)].firstChild;
    const length = 24 + ((k * 13) % 57);
    const start = (k * 97) % Math.max(1, node.data.length - length);
    const change = k % 20 === 7 ? 'edit' : k % 50 === 13 ? 'delete' : 'none';
    return { node, start, end: Math.min(node.data.length, start + length), change };
  });
}

function describeAll(count) {
  const { describe } = globalThis.__bench;
  const root = document.querySelector('.content');
  const t0 = performance.now();
  const selectors = globalThis.__plan(count).map(({ node, start, end }) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return describe(root, range);
  });
  return { selectors, describeMs: performance.now() - t0 };
}

/** A realistic change: a paragraph at the top, a few passages edited, a few deleted. */
function changePage(count) {
  const root = document.querySelector('.content');
  const items = globalThis.__plan(count);
  for (const { node, start, end, change } of items) {
    if (change === 'edit') {
      const at = start + ((end - start) >> 1);
      const next = node.data[at] === '新' ? '旧' : '新';
      node.data = node.data.slice(0, at) + next + node.data.slice(at + 1);
    } else if (change === 'delete') {
      node.data = node.data.slice(0, start) + node.data.slice(end);
    }
  }
  const note = document.createElement('p');
  note.textContent =
    '编者注:本文发布后有更新,补充了团队的回应。Update: the team responded after publication.';
  root.insertBefore(note, root.firstChild);
  return items.map((i) => i.change);
}

function reanchor(selectors, changes) {
  const root = document.querySelector('.content');
  const t0 = performance.now();
  const results = globalThis.__bench.anchorAll(root, selectors);
  const ms = performance.now() - t0;
  const counts = { position: 0, quote: 0, fuzzy: 0, orphan: 0, wrongText: 0, deletedFound: 0 };
  results.forEach((r, i) => {
    counts[r ? r.method : 'orphan']++;
    if (r && changes[i] === 'none' && r.range.toString() !== selectors[i].exact) counts.wrongText++;
    if (r && changes[i] === 'delete') counts.deletedFound++;
  });
  return { ms, counts };
}

async function articlePage(context, code, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await sleep(500); // the content script reads the article at load: let it finish
  await page.evaluate(code);
  await page.evaluate(`globalThis.__plan = ${plan}; globalThis.__reanchor = ${reanchor};`);
  return page;
}

/** `anchorAll(root, 500 selectors)` on a ~1 MB quick-read article after it changed. */
export async function measureAnchor(context, code, url) {
  let selectors = null;
  let describeMs = null;
  const runs = await repeat(RUNS, async () => {
    const page = await articlePage(context, code, url);
    try {
      if (!selectors) ({ selectors, describeMs } = await page.evaluate(describeAll, HIGHLIGHTS));
      const changes = await page.evaluate(changePage, HIGHLIGHTS);
      await sleep(200);
      return await page.evaluate(([s, c]) => globalThis.__reanchor(s, c), [selectors, changes]);
    } finally {
      await page.close();
    }
  }).catch((e) => {
    throw new Error(`anchor bench: ${e.message}`, { cause: e });
  });
  const counts = runs[0].counts;
  return {
    reanchor: { ...stats(runs.map((r) => r.ms)), highlights: HIGHLIGHTS, ...counts, describeMs },
    fuzzyShare: { ...stats(runs.map((r) => r.counts.fuzzy / HIGHLIGHTS)), ...counts },
  };
}
