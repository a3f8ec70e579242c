import { test, expect, getTabId, badgeText } from './fixtures';

test.describe('article recognition', () => {
  test('the toolbar badge marks a quick-read article and nothing else', async ({
    context,
    serviceWorker,
    server,
  }) => {
    const article = await context.newPage();
    await article.goto(server.url('quickread-wordpress.html'));
    const articleTab = await getTabId(serviceWorker, article);
    await expect.poll(() => badgeText(serviceWorker, articleTab)).not.toBe('');

    const other = await context.newPage();
    await other.goto(server.url('non-article.html'));
    const otherTab = await getTabId(serviceWorker, other);
    // Give the content script time to run, then check it said nothing.
    await other.waitForTimeout(500);
    expect(await badgeText(serviceWorker, otherTab)).toBe('');
    // The article's badge is still there.
    expect(await badgeText(serviceWorker, articleTab)).not.toBe('');
  });

  test('nothing of the extension appears in a non-article page', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(server.url('non-article.html'));
    await page.waitForTimeout(300);
    await expect(page.locator('[data-wxt-shadow-root]')).toHaveCount(0);
    expect(await page.locator('style#ai-news-annotator-highlight-style').count()).toBe(0);
  });
});
