import type { Page } from '@playwright/test';
import { test, expect, badgeText, getTabId, openPopup } from '../fixtures';

/**
 * Every script world the extension opens in `page` (Chromium: an isolated world whose origin is
 * the extension's), recorded in order with the markers the test puts between its steps.
 */
async function watchWorlds(page: Page, extensionId: string) {
  const seen: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (String(context.origin).includes(extensionId)) seen.push(`world:${context.name}`);
  });
  await cdp.send('Runtime.enable');
  return { seen, mark: (name: string) => seen.push(name) };
}

test('a page with nothing to do gets no extension script; the reader can still act on it', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  const worlds = await watchWorlds(page, extensionId);
  await page.goto(server.url('non-article.html'));
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
  const tabId = await getTabId(serviceWorker, page);
  expect(await badgeText(serviceWorker, tabId)).toBe('');
  worlds.mark('reader opens the popup');

  // Positive control: the reader's action button works on this page too — the page script is
  // brought on demand, and that is the first extension world the page ever had.
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('page-card')).toHaveAttribute('data-format', 'none');
  await expect.poll(() => worlds.seen.length).toBeGreaterThan(1);
  expect(worlds.seen[0]).toBe('reader opens the popup');
});

test('a quick-read article gets the checker and its badge; a page of another language gets nothing', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  const worlds = await watchWorlds(page, extensionId);
  await page.goto(server.url('non-article.html'));
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
  worlds.mark('the article loads');
  await page.goto(server.url('quickread-wordpress.html'));
  const tabId = await getTabId(serviceWorker, page);
  await expect.poll(() => badgeText(serviceWorker, tabId)).not.toBe('');
  expect(worlds.seen[0]).toBe('the article loads');
  expect(worlds.seen.length).toBeGreaterThan(1);
});
