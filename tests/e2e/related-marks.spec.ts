import type { Page } from '@playwright/test';
import { expect, getTabId, openPopup, test } from './fixtures';
import { pageWithPanel } from './page-text';

/*
 * The related cards say what the reader did with each link: saved (the article is in the
 * library), read (opened from Read later), or nothing yet; in the popup and in the library alike.
 */
const AT = '2026-11-30T08:00:00.000Z';
const A = 'https://news.example.cn/a/1';
const SAVED = 'https://news.example.cn/a/2';
const READ = 'https://news.example.cn/a/3';
const UNTOUCHED = 'https://news.example.cn/a/4';

const related = (url: string, title: string) => ({
  url,
  title,
  summary: `${title}的摘要`,
  publishedAt: '2026-11-29',
});

const article = (url: string, title: string, links: ReturnType<typeof related>[]) => ({
  url,
  format: 'quickread',
  title,
  publishedAt: '2026-11-30',
  source: '科技日报',
  summary: `${title}：快速阅读`,
  keywords: ['大模型'],
  aiGenerated: true,
  bodyText: `${title}的正文。`.repeat(20),
  related: links,
  savedAt: AT,
  updatedAt: AT,
  note: '',
  highlights: [],
});

function libraryFile(): string {
  const cards = [
    related(SAVED, '已保存的那篇'),
    related(READ, '读过的那篇'),
    related(UNTOUCHED, '还没看的那篇'),
  ];
  // A link is read when the reader opened it from Read later.
  const link = (r: ReturnType<typeof related>, readAt: string | null) => ({
    ...r,
    fromArticles: [A],
    savedForLater: readAt !== null,
    readAt,
  });
  return JSON.stringify({
    format: 'ai-news-annotator',
    version: 1,
    exportedAt: AT,
    articles: [article(A, '主文章', cards), article(SAVED, '已保存的那篇', [])],
    links: [link(cards[0]!, null), link(cards[1]!, AT), link(cards[2]!, null)],
  });
}

async function expectMarks(view: Page) {
  const item = (url: string) =>
    view.getByTestId('related-link').filter({ has: view.locator(`a[href="${url}"]`) });
  await expect(item(SAVED)).toHaveAttribute('data-saved', 'true');
  await expect(item(SAVED).getByTestId('related-mark')).toHaveAttribute('data-mark', 'saved');
  await expect(item(READ)).toHaveAttribute('data-read', 'true');
  await expect(item(READ).getByTestId('related-mark')).toHaveAttribute('data-mark', 'read');
  // The card the reader has done nothing with carries no mark.
  await expect(item(UNTOUCHED)).toHaveAttribute('data-saved', 'false');
  await expect(item(UNTOUCHED)).toHaveAttribute('data-read', 'false');
  await expect(item(UNTOUCHED).getByTestId('related-mark')).toHaveCount(0);
}

test('related cards are marked saved or read in the popup and the library', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const blank = await context.newPage();
  const popup = await openPopup(context, extensionId, await getTabId(serviceWorker, blank));
  await popup.getByTestId('import-json').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(libraryFile()),
  });
  await expect(popup.getByTestId('import-result')).toBeVisible();

  await popup.getByTestId('saved-item').filter({ hasText: '主文章' }).click();
  await expectMarks(popup);

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.getByTestId('library-item').filter({ hasText: '主文章' }).click();
  await expectMarks(library);

  // Saving the untouched one marks it at once in the open library.
  await popup.reload();
  const more = JSON.parse(libraryFile());
  more.articles = [article(UNTOUCHED, '还没看的那篇', [])];
  more.links = [];
  await popup.getByTestId('import-json').setInputFiles({
    name: 'more.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(more)),
  });
  await expect(popup.getByTestId('import-result')).toBeVisible();
  const untouched = library
    .getByTestId('related-link')
    .filter({ has: library.locator(`a[href="${UNTOUCHED}"]`) });
  await expect(untouched).toHaveAttribute('data-saved', 'true');
});

test("the side panel lists the page's related cards, marks the one saved meanwhile, and keeps one for later", async ({
  context,
  serviceWorker,
  extensionId,
  server,
}) => {
  const { tabId, panel } = await pageWithPanel(
    context,
    serviceWorker,
    extensionId,
    server.url('quickread-wordpress.html'),
  );
  const cards = panel.getByTestId('panel-related').getByTestId('related-link');
  await expect(cards.first()).toBeVisible();
  const first = cards.first();
  const url = (await first.locator('a').first().getAttribute('href')) ?? '';
  expect(url).toMatch(/^https?:/);
  await expect(first).toHaveAttribute('data-saved', 'false');
  await expect(panel.getByTestId('related-mark')).toHaveCount(0);

  // The reader saves that article elsewhere (here: imported in the popup): the panel marks it.
  const popup = await openPopup(context, extensionId, tabId);
  const file = JSON.parse(libraryFile());
  file.articles = [article(url, '相关的那篇', [])];
  file.links = [];
  await popup.getByTestId('import-json').setInputFiles({
    name: 'one.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(popup.getByTestId('import-result')).toBeVisible();
  await expect(first).toHaveAttribute('data-saved', 'true');
  await expect(first.getByTestId('related-mark')).toHaveAttribute('data-mark', 'saved');
  await expect(panel.getByTestId('related-mark')).toHaveCount(1);

  // Kept for later from the panel: the popup's Read later lists it.
  const second = cards.nth(1);
  await second.getByTestId('keep-later').click();
  await expect(second.getByTestId('keep-later')).toHaveAttribute('aria-pressed', 'true');
  await popup.reload();
  await popup.getByTestId('tab-later').click();
  const secondUrl = (await second.locator('a').first().getAttribute('href')) ?? '';
  await expect(popup.locator(`a[href="${secondUrl}"]`)).toHaveCount(1);
});
