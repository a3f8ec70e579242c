// The in-page toolbar's time to show: from the release of a real mouse drag over a passage to the
// toolbar painted, median of 20 selections on the seed article. The page's own clock marks the
// mouseup; the toolbar's document marks its first painted frame (`ana-toolbar-shown`, a
// performance mark in the extension frame, read here through Playwright).
import { sleep, stats } from './harness.mjs';

const RUNS = 20;
const PASSAGES = ['基础模型团队负责人庞若鸣宣布加入Meta', '苹果AI团队的核心成员', '关键词'];

/** Viewport points at the two ends of `text` (scrolled into view). */
function endsOf(page, text) {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent?.indexOf(needle) ?? -1;
      if (i < 0) continue;
      n.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + needle.length);
      const rects = range.getClientRects();
      const first = rects[0];
      const last = rects[rects.length - 1];
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    throw new Error(`text not on the page: ${needle}`);
  }, text);
}

const toolbarFrame = (page) =>
  page
    .frames()
    .find((f) => f.url().startsWith('chrome-extension://') && /frame\.html/.test(f.url()));

/** When the toolbar was last shown (epoch ms), in whichever document holds it. */
async function shownAt(page) {
  const frame = toolbarFrame(page);
  if (frame) {
    return frame.evaluate(() => {
      const mark = performance.getEntriesByName('ana-toolbar-shown').at(-1);
      return mark ? performance.timeOrigin + mark.startTime : null;
    });
  }
  return page.evaluate(() => window.__anaShownAt ?? null);
}

/** Before the toolbar lived in an extension frame it was in an open shadow root of the page. */
function watchShadowToolbar(page) {
  return page.evaluate(() => {
    window.__anaShownAt = null;
    let absent = false;
    const tick = () => {
      const host = document.querySelector('ai-news-annotator-ui');
      const bar = host?.shadowRoot?.querySelector('[data-testid="highlight-toolbar"]');
      if (bar && absent) window.__anaShownAt = performance.timeOrigin + performance.now();
      else {
        absent ||= !bar;
        requestAnimationFrame(tick);
      }
    };
    requestAnimationFrame(tick);
  });
}

async function oneSelection(page, text, before) {
  await page.mouse.click(3, 3); // clears the selection: the toolbar goes away
  await page.keyboard.press('Escape');
  await sleep(150);
  const { start, end } = await endsOf(page, text);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 4 });
  if (!toolbarFrame(page)) await watchShadowToolbar(page);
  await page.mouse.up();
  const deadline = Date.now() + 3000;
  for (;;) {
    const [up, shown] = [await page.evaluate(() => window.__anaUpAt), await shownAt(page)];
    if (shown && shown > before && up) return { ms: shown - up, shown };
    if (Date.now() > deadline) throw new Error('the toolbar did not show');
    await sleep(20);
  }
}

/** Median of RUNS selections (the first, cold one is reported apart). */
export async function measureToolbar(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await sleep(800);
    await page.evaluate(() => {
      addEventListener(
        'mouseup',
        () => (window.__anaUpAt = performance.timeOrigin + performance.now()),
        true,
      );
    });
    const times = [];
    let last = 0;
    for (let i = 0; i <= RUNS; i += 1) {
      const { ms, shown } = await oneSelection(page, PASSAGES[i % PASSAGES.length], last);
      last = shown;
      times.push(ms);
    }
    const [first, ...rest] = times;
    return { ...stats(rest), firstMs: Math.round(first * 1000) / 1000 };
  } finally {
    await page.close();
  }
}
