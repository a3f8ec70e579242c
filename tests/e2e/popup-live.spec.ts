import type { BrowserContext, Page, Worker } from '@playwright/test';
import { CHANNEL } from '../../utils/messages/envelope';
import { badgeText, expect, getTabId, openPopup, test } from './fixtures';
import { selectText } from './page-text';

// The popup stays live: what changes anywhere (the page, another window, this popup) shows up in
// an open popup and on the toolbar badge without reopening anything.

const PASSAGE = '基础模型团队负责人庞若鸣宣布加入Meta';

async function articleWithPopup(
  context: BrowserContext,
  sw: Worker,
  extensionId: string,
  url: string,
) {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await getTabId(sw, page);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('page-card')).toHaveAttribute('data-format', 'quickread');
  return { page, tabId, popup };
}

async function save(popup: Page) {
  await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'false');
  await popup.getByTestId('save-article').click();
  await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'true');
}

/** Open the popup for `tabId` in a window of its own (a second browser window). */
async function popupInNewWindow(
  context: BrowserContext,
  sw: Worker,
  extensionId: string,
  tabId: number,
): Promise<Page> {
  const url = `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
  const [page, windows] = await Promise.all([
    context.waitForEvent('page', (p) => p.url() === url),
    sw.evaluate(async (u) => {
      await chrome.windows.create({ url: u, type: 'normal' });
      return (await chrome.windows.getAll()).length;
    }, url),
  ]);
  expect(windows).toBeGreaterThanOrEqual(2);
  return page;
}

test.describe('the popup stays live', () => {
  test('deleting the article in the popup clears its tab’s ✓ badge within a second', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { tabId, popup } = await articleWithPopup(
      context,
      serviceWorker,
      extensionId,
      server.url('quickread-wordpress.html'),
    );
    await save(popup);
    await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('✓');

    await popup.getByTestId('saved-item').first().click();
    await popup.getByTestId('detail-delete').click();
    await expect(popup.getByTestId('saved-item')).toHaveCount(0);
    // The tab still shows a quick-read article, no longer a saved one.
    await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 1000 }).toBe('QR');

    await popup.getByTestId('undo').click();
    await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 1000 }).toBe('✓');
    await expect(popup.getByTestId('saved-item')).toHaveCount(1);
  });

  test('a highlight made in the page shows up in the open popup, without reopening it', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { page, tabId, popup } = await articleWithPopup(
      context,
      serviceWorker,
      extensionId,
      server.url('quickread-wordpress.html'),
    );
    await save(popup);
    const item = popup.getByTestId('saved-item').first();
    await expect(item).not.toContainText('Highlights');
    await item.click();
    await expect(popup.getByTestId('item-detail')).toContainText('Highlights (0)');
    const opened = await popup.evaluate(() => performance.timeOrigin);

    // The context menu's and the shortcut's path: the background asks the page to highlight.
    await selectText(page, PASSAGE);
    const reply = await serviceWorker.evaluate(
      ([id, channel]) =>
        chrome.tabs.sendMessage(id, { channel, type: 'tab/highlight-selection', data: {} }),
      [tabId, CHANNEL] as const,
    );
    expect(reply).toEqual({ ok: true, value: { added: true } });

    await expect(popup.getByTestId('detail-highlight')).toHaveCount(1);
    await expect(popup.getByTestId('detail-highlight')).toContainText(PASSAGE);
    await popup.keyboard.press('Escape');
    await expect(popup.getByTestId('saved-item').first()).toContainText('Highlights: 1');
    // The same document all along: it was never reloaded.
    expect(await popup.evaluate(() => performance.timeOrigin)).toBe(opened);
  });

  test('two popups in two windows agree after a write in either', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { tabId, popup: first } = await articleWithPopup(
      context,
      serviceWorker,
      extensionId,
      server.url('quickread-wordpress.html'),
    );
    const second = await popupInNewWindow(context, serviceWorker, extensionId, tabId);
    await expect(second.getByTestId('save-article')).toHaveAttribute('data-saved', 'false');
    await expect(second.getByTestId('saved-list')).toContainText('Nothing saved yet');

    // Saved in the first window: the second shows it saved, listed, and counted.
    await save(first);
    await expect(second.getByTestId('save-article')).toHaveAttribute('data-saved', 'true');
    await expect(second.getByTestId('saved-item')).toHaveCount(1);
    await expect(second.getByTestId('tab-saved')).toContainText('1');

    // A link kept for later in the second window shows up in the first one's Read later.
    await second.getByTestId('show-related').click();
    await second.getByTestId('keep-later').first().click();
    await expect(second.getByTestId('keep-later').first()).toHaveAttribute('aria-pressed', 'true');
    await first.getByTestId('tab-later').click();
    await expect(first.getByTestId('later-item')).toHaveCount(1);

    // A note written in the first window's detail appears in the second's open detail.
    await first.getByTestId('tab-saved').click();
    await first.getByTestId('saved-item').first().click();
    await second.getByTestId('tab-saved').click();
    await second.getByTestId('saved-item').first().click();
    await first.getByTestId('detail-note').fill('两个窗口 both windows');
    await first.getByTestId('detail-note').press('Control+Enter');
    await expect(second.getByTestId('detail-note')).toHaveValue('两个窗口 both windows');

    // Deleted in the second window: the first leaves the gone article and shows it unsaved.
    await second.getByTestId('detail-delete').click();
    await expect(first.getByTestId('item-detail')).toHaveCount(0);
    await expect(first.getByTestId('saved-item')).toHaveCount(0);
    await expect(first.getByTestId('save-article')).toHaveAttribute('data-saved', 'false');
    for (const p of [first, second]) await expect(p.getByTestId('error')).toHaveCount(0);
  });

  test('typing through an input method filters only once the composition ends', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { popup } = await articleWithPopup(
      context,
      serviceWorker,
      extensionId,
      server.url('quickread-wordpress.html'),
    );
    await save(popup);
    const items = popup.getByTestId('saved-item');
    const search = popup.getByTestId('search');
    const count = popup.getByTestId('result-count');
    await expect(items).toHaveCount(1);
    await search.focus();
    const cdp = await popup.context().newCDPSession(popup);
    const compose = (text: string) =>
      cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    const events = await popup.evaluate(() => {
      const seen: string[] = [];
      const field = document.querySelector('[data-testid="search"]')!;
      for (const type of ['compositionstart', 'compositionend'])
        field.addEventListener(type, () => seen.push(type));
      (globalThis as { __seen?: string[] }).__seen = seen;
      return seen.length;
    });
    expect(events).toBe(0);

    // Pinyin for 挖走, still being composed: shown in the field, nothing filtered.
    await compose('wa');
    await compose('wa zou');
    await expect(search).toHaveValue('wa zou');
    // Longer than the popup waits before it also searches article bodies.
    await popup.waitForTimeout(600);
    await expect(items).toHaveCount(1);
    await expect(count).toHaveText('');
    expect(await popup.evaluate(() => (globalThis as { __seen?: string[] }).__seen)).toEqual([
      'compositionstart',
    ]);

    // The reader picks 挖走: the composition ends and the search runs on it.
    await cdp.send('Input.insertText', { text: '挖走' });
    await expect(search).toHaveValue('挖走');
    await expect(count).toContainText('1');
    await expect(items).toHaveCount(1);

    // Positive control: a composed word the library lacks does filter the list, once chosen.
    await search.fill('');
    await expect(count).toHaveText('');
    await compose('qukuailian');
    await popup.waitForTimeout(600);
    await expect(items).toHaveCount(1);
    await cdp.send('Input.insertText', { text: '区块链' });
    await expect(items).toHaveCount(0);
    await expect(count).toContainText('0');
  });
});
