// `npm run screenshots`: build the extension, fill a fresh profile with a small library (the story
// fixtures, a few highlights, notes and tags) and take light and dark screenshots of the
// extension's pages into docs/screenshots/. To add a page, add one line to PAGES.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AUTOMATION_ARGS, chromiumPath, extensionArgs } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'docs/screenshots');

/**
 * Each page: a name (the file is `<name>-light.png` / `<name>-dark.png`), its path in the
 * extension (`{tabId}` is the demo article's tab), the window size, and optional steps before
 * the picture (`page` is Playwright's).
 */
const PAGES = [
  {
    name: 'popup',
    path: 'popup.html?tabId={tabId}',
    size: [400, 600],
    ready: '[data-testid="saved-item"]',
  },
  {
    name: 'sidepanel',
    path: 'sidepanel.html?tabId={tabId}',
    size: [400, 900],
    ready: '[data-testid="panel-article"]',
    then: annotateDemo,
  },
  {
    name: 'library',
    path: 'library.html',
    size: [1280, 800],
    ready: '[data-testid="library-item"]',
    then: openFirst,
  },
  {
    name: 'library-stories',
    path: 'library.html',
    size: [1280, 800],
    ready: '[data-testid="library-item"]',
    then: (p) => p.getByTestId('library-view-stories').click(),
  },
  {
    name: 'library-charts',
    path: 'library.html',
    size: [1280, 900],
    ready: '[data-testid="library-item"]',
    then: (p) => p.getByTestId('library-view-charts').click(),
  },
  {
    name: 'hub',
    path: 'library.html#hub',
    size: [1280, 800],
    ready: '[data-testid="hub-highlight"]',
    then: saveQuoteCard,
  },
  {
    name: 'review',
    path: 'library.html#review',
    size: [1280, 700],
    ready: '[data-testid="review-card"]',
  },
  {
    name: 'digest',
    path: 'library.html#digest',
    size: [1280, 900],
    ready: '[data-testid="digest-week"]',
    then: async (p) => {
      await p.getByTestId('digest-week').click();
      await p.getByTestId('digest-story').first().waitFor();
    },
  },
  {
    name: 'reader',
    path: 'library.html#hub',
    size: [1280, 800],
    ready: '[data-testid="hub-highlight"]',
    then: async (p) => {
      await p.getByTestId('hub-open').first().click();
      await p.getByTestId('reader-text').waitFor();
    },
  },
];

/** The hub's first quote card, in the page's scheme, saved as `quote-card-<scheme>.png`. */
async function saveQuoteCard(page, scheme) {
  await page.getByTestId('hub-card-theme').selectOption(scheme);
  const download = page.waitForEvent('download');
  await page.getByTestId('quote-card').first().click();
  const out = join(OUT, `quote-card-${scheme}.png`);
  await (await download).saveAs(out);
  console.log(`wrote ${out}`);
}

async function openFirst(page) {
  await page.getByTestId('library-item').first().click();
  await page.getByTestId('library-article').waitFor();
}

/**
 * From the side panel (an extension page): save the demo article with a note and highlights (one
 * of them on a passage the page does not have: an orphan), as the reader would from the page;
 * then wait for the panel to show them and the other site's copy (imported) "on this story".
 */
async function annotateDemo(page) {
  const tabId = Number(new URL(page.url()).searchParams.get('tabId'));
  await page.evaluate(async (tab) => {
    const channel = 'ai-news-annotator';
    const send = async (type, data) => {
      const reply = await globalThis.chrome.runtime.sendMessage({ channel, type, data });
      if (!reply?.ok) throw new Error(`${type}: ${reply?.error}`);
      return reply.value;
    };
    const { value } = await globalThis.chrome.tabs.sendMessage(tab, {
      channel,
      type: 'tab/page-article',
      data: {},
    });
    const article = value.article;
    const at = new Date().toISOString();
    const passages = [
      ['基础模型团队负责人庞若鸣宣布加入Meta', 'yellow', '人才流失的关键一步'],
      ['苹果高层在2026年批准了数十亿美元的预算用于运行自研云端模型', 'green', ''],
      ['苹果可能会重蹈黑莓或诺基亚的覆辙', 'pink', 'Eddy Cue 的警告'],
      ['这一段文字已从页面上删去', 'blue', '页面改版后找不到了'],
    ];
    for (const [i, [exact, color, note]] of passages.entries()) {
      const selector = { exact, prefix: '', suffix: '', start: 0, end: exact.length };
      const highlight = {
        id: `panel-demo-${i}`,
        text: exact,
        note,
        color,
        createdAt: at,
        updatedAt: at,
        selector,
      };
      await send('highlight/add', { article, highlight });
    }
    await send('article/note', { url: article.url, note: '和彭博社的报道对照看薪酬数字。' });
  }, tabId);
  await page.getByTestId('panel-highlight').nth(3).waitFor();
  await page.getByTestId('panel-story').waitFor();
}

const DAY = 86_400_000;

/** Another site's copy of the demo article (the story the side panel shows "on this story"). */
async function reprintOf(sw, tabId, now) {
  for (let tries = 0; ; tries++) {
    const reply = await sw
      .evaluate(
        (tab) =>
          globalThis.chrome.tabs.sendMessage(tab, {
            channel: 'ai-news-annotator',
            type: 'tab/page-article',
            data: {},
          }),
        tabId,
      )
      .catch(() => null);
    const article = reply?.value?.article;
    if (article) {
      const saved = new Date(now - DAY).toISOString();
      return {
        ...article,
        url: 'https://tech.example.org/news/apple-ai-talent',
        title: `${article.title}(转载)`,
        source: '科技转载',
        savedAt: saved,
        updatedAt: saved,
        note: '',
        highlights: [],
      };
    }
    if (tries > 40) throw new Error('the demo article was not recognized');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The story fixtures as saved articles over the last weeks, some highlighted, noted, tagged. */
function demoLibrary(now, extra = []) {
  const { articles } = JSON.parse(
    readFileSync(join(ROOT, 'tests/fixtures/stories/articles.json'), 'utf8'),
  );
  return {
    format: 'ai-news-annotator',
    version: 2,
    exportedAt: new Date(now).toISOString(),
    articles: articles
      .map((a, i) => {
        const saved = new Date(now - (i * 5 + 1) * DAY).toISOString();
        const body = `${a.summary}\n\n${a.title}。`;
        const quote = a.summary.slice(0, 18);
        return {
          url: a.url,
          format: 'quickread',
          title: a.title,
          publishedAt: a.publishedAt,
          source: new URL(a.url).host.split('.')[0],
          summary: a.summary,
          keywords: a.keywords,
          aiGenerated: true,
          bodyText: body,
          related: [],
          savedAt: saved,
          updatedAt: saved,
          note: i % 4 === 0 ? '值得跟进：和上周的评测结果对照看。' : '',
          ...(i % 3 === 0 ? { tags: i % 2 ? ['follow-up'] : ['follow-up', 'open models'] } : {}),
          highlights:
            i % 2 === 0
              ? [
                  {
                    id: `demo-${i}`,
                    text: quote,
                    note: i % 4 === 0 ? '关键数字' : '',
                    color: 'yellow',
                    createdAt: saved,
                    updatedAt: saved,
                    selector: { exact: quote, prefix: '', suffix: '', start: 0, end: quote.length },
                  },
                ]
              : [],
        };
      })
      .concat(extra),
    links: [],
  };
}

async function main() {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  const temp = mkdtempSync(join(tmpdir(), 'ana-shots-'));
  const server = await startStaticServer(join(ROOT, 'tests/fixtures/pages'));
  const context = await chromium.launchPersistentContext(join(temp, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    args: [...extensionArgs(EXT), ...AUTOMATION_ARGS, '--lang=en-US'],
    acceptDownloads: true,
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const article = await context.newPage();
    await article.goto(server.url('quickread-wordpress.html'));
    await article.bringToFront();
    const [tabId] = await sw.evaluate(async () =>
      (await globalThis.chrome.tabs.query({ active: true })).map((t) => t.id),
    );
    const file = join(temp, 'library.json');
    const now = Date.now();
    writeFileSync(file, JSON.stringify(demoLibrary(now, [await reprintOf(sw, tabId, now)])));
    const importer = await context.newPage();
    await importer.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
    await importer.getByTestId('import-json').setInputFiles(file);
    await importer.getByTestId('import-result').waitFor({ timeout: 30_000 });
    await importer.close();

    for (const spec of PAGES) {
      for (const scheme of ['light', 'dark']) {
        const page = await context.newPage();
        await page.setViewportSize({ width: spec.size[0], height: spec.size[1] });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${id}/${spec.path.replace('{tabId}', tabId)}`);
        await page.locator(spec.ready).first().waitFor({ timeout: 20_000 });
        await spec.then?.(page, scheme);
        await page.waitForTimeout(300);
        const out = join(OUT, `${spec.name}-${scheme}.png`);
        await page.screenshot({ path: out });
        console.log(`wrote ${out}`);
        await page.close();
      }
    }
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
