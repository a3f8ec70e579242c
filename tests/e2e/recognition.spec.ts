import { test, expect, getTabId, badgeText, openPopup } from './fixtures';
import { CHANNEL } from '../../utils/messages/envelope';
import { armedToolbar, highlightByHand, paintedCount, runCommand, selectText } from './page-text';

test.describe('article recognition', () => {
  test('the toolbar badge marks a quick-read article and nothing else', async ({
    context,
    serviceWorker,
    server,
  }) => {
    // The page that is not an article loads first: once the article loaded after it has its
    // badge, the other page was long looked at, and its badge is still empty.
    const other = await context.newPage();
    await other.goto(server.url('non-article.html'));
    const otherTab = await getTabId(serviceWorker, other);
    const article = await context.newPage();
    await article.goto(server.url('quickread-wordpress.html'));
    const articleTab = await getTabId(serviceWorker, article);
    await expect.poll(() => badgeText(serviceWorker, articleTab)).not.toBe('');
    expect(await badgeText(serviceWorker, otherTab)).toBe('');
  });

  test('nothing of the extension appears in a non-article page, even for a selection', async ({
    context,
    server,
  }) => {
    const TEXT = 'Install the package with your package manager';
    const page = await context.newPage();
    await page.goto(server.url('non-article.html'));
    await selectText(page, TEXT);
    expect(await page.evaluate(() => document.getSelection()?.toString() ?? '')).toContain(TEXT);

    // Positive control: on an article, loaded and selected after, the same gesture brings the
    // extension's frame (and its toolbar); by then the first page would have had it too.
    const article = await context.newPage();
    await article.goto(server.url('quickread-wordpress.html'));
    await selectText(article, '基础模型团队负责人庞若鸣宣布加入Meta');
    await armedToolbar(article);
    await expect(article.locator('ana-frame-host')).toHaveCount(1);
    await expect(page.locator('ana-frame-host')).toHaveCount(0);
    expect(await page.locator('style#ai-news-annotator-highlight-style').count()).toBe(0);
  });
});

test('the save-page shortcut saves the page it is pressed on, and the badge says so', async ({
  context,
  serviceWorker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('generic-jsonld.html'));
  const tabId = await getTabId(serviceWorker, page);
  expect(await badgeText(serviceWorker, tabId)).toBe('');
  await page.keyboard.press('Alt+Shift+S');
  if ((await badgeText(serviceWorker, tabId)) === '') {
    // Headless Chromium does not deliver extension commands: run what the command runs.
    await runCommand(serviceWorker, 'save-page', tabId);
  }
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('✓');
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('page-card')).toHaveAttribute('data-format', 'generic');
  await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'true');
  await expect(popup.getByTestId('saved-item')).toHaveCount(1);
  // Loaded again, the saved page is marked again (the background looks; the page does not ask).
  await page.reload();
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('✓');
});

test('a page that is not an article can still be saved from the popup, as it is', async ({
  context,
  serviceWorker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('non-article.html'));
  const tabId = await getTabId(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('page-card')).toHaveAttribute('data-format', 'none');
  await expect(popup.getByTestId('saved-item')).toHaveCount(0);
  await popup.getByTestId('save-page-anyway').click();
  await expect(popup.getByTestId('save-page-anyway')).toBeDisabled();
  await expect(popup.getByTestId('saved-item')).toHaveCount(1);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('✓');
});

test('an article whose text a script brings after load gets its badge', async ({
  context,
  serviceWorker,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('late-article.html'));
  const tab = await getTabId(serviceWorker, page);
  // Before the text arrives the page is not an article.
  expect(await badgeText(serviceWorker, tab)).toBe('');
  await expect(page.getByText('快速阅读')).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker, tab)).not.toBe('');
});

test('a single-page app: badge, article and highlights follow the address it moves to', async ({
  context,
  serviceWorker,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('spa.html'));
  const tab = await getTabId(serviceWorker, page);
  await expect(page.getByText('今日要闻一')).toBeVisible();
  // A list is not an article (the badge that comes with the article below is the control).
  expect(await badgeText(serviceWorker, tab)).toBe('');

  // The app moves to an article with pushState: badge, then a highlight made there.
  await page.locator('#to-article').click();
  await expect(page.getByText('快速阅读')).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker, tab)).not.toBe('');
  await highlightByHand(page, '基础模型团队负责人庞若鸣宣布加入Meta');
  await expect.poll(() => paintedCount(page)).toBe(1);
  await expect.poll(() => badgeText(serviceWorker, tab)).toBe('✓');

  // It moves on to a list: the badge clears and nothing of the article's highlights stays.
  await page.locator('#to-list').click();
  await expect(page.getByText('今日要闻一')).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker, tab)).toBe('');
  await expect.poll(() => paintedCount(page)).toBe(0);
  const reply = await serviceWorker.evaluate(
    ([id, channel]) => chrome.tabs.sendMessage(id, { channel, type: 'tab/article', data: {} }),
    [tab, CHANNEL] as const,
  );
  expect(reply).toEqual({ ok: true, value: { article: null } });

  // Back (popstate) to the article: its badge and its highlight come back.
  await page.goBack();
  await expect(page.getByText('快速阅读')).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker, tab)).toBe('✓');
  await expect.poll(() => paintedCount(page)).toBe(1);
});
