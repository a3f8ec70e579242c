import type { Worker } from '@playwright/test';
import { test, expect, getTabId, openPopup } from './fixtures';
import { CHANNEL } from '../../utils/messages/envelope';
import { endsOf, paintedCount, pointOf, selectText } from './page-text';

const PASSAGE = '基础模型团队负责人庞若鸣宣布加入Meta';

/** Ask the page's content script something, the way the popup and the background do. */
function askTab(sw: Worker, tabId: number, type: string) {
  return sw.evaluate(
    ([id, channel, t]) => chrome.tabs.sendMessage(id, { channel, type: t, data: {} }),
    [tabId, CHANNEL, type] as const,
  );
}

test.describe('highlighting on the live page', () => {
  test('select → toolbar → highlight with a note → reload → painted again → edit the note → delete', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('quickread-wordpress.html'));

    // Nothing is offered for an empty selection.
    await page.mouse.click(5, 5);
    await expect(page.getByTestId('highlight-toolbar')).toHaveCount(0);

    await selectText(page, PASSAGE);
    const toolbar = page.getByTestId('highlight-toolbar');
    await expect(toolbar).toBeVisible();
    await toolbar.getByRole('button', { name: 'Green' }).click();
    await toolbar.getByRole('button', { name: 'Add a note' }).click();
    await toolbar.getByRole('textbox').fill('人才流失的关键一步');
    await page.getByTestId('highlight-add').click();
    await expect(toolbar).toHaveCount(0);
    await expect.poll(() => paintedCount(page)).toBe(1);
    // Painting never changes the page's own DOM.
    expect(await page.locator('mark').count()).toBe(0);

    await page.reload();
    await expect.poll(() => paintedCount(page)).toBe(1);
    const green = await page.evaluate(() => CSS.highlights.get('ana-green')?.size ?? 0);
    expect(green).toBe(1);

    // Clicking the painted passage opens it: the note is there to edit.
    const at = await pointOf(page, PASSAGE);
    await page.mouse.click(at.x, at.y);
    const note = page.getByTestId('highlight-note');
    await expect(note).toHaveValue('人才流失的关键一步');
    await note.fill('改过的笔记');
    await page.getByTestId('highlight-save').click();
    await expect(page.getByTestId('highlight-editor')).toHaveCount(0);

    await page.reload();
    await expect.poll(() => paintedCount(page)).toBe(1);
    const again = await pointOf(page, PASSAGE);
    await page.mouse.click(again.x, again.y);
    await expect(page.getByTestId('highlight-note')).toHaveValue('改过的笔记');
    // Esc closes the editor without changes.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('highlight-editor')).toHaveCount(0);

    await page.mouse.click(again.x, again.y);
    await page.getByTestId('highlight-delete').click();
    await expect.poll(() => paintedCount(page)).toBe(0);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await paintedCount(page)).toBe(0);
  });

  test('the keyboard-shortcut path highlights the selection', async ({
    context,
    server,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('quickread-wordpress.html'));
    const tabId = await getTabId(serviceWorker, page);
    await selectText(page, PASSAGE);
    // Alt+Shift+H is a browser command: the background then asks the page to highlight its selection.
    await page.keyboard.press('Alt+Shift+H');
    if ((await paintedCount(page)) === 0) {
      // Headless Chromium does not deliver extension commands; send what the command sends.
      const reply = await askTab(serviceWorker, tabId, 'tab/highlight-selection');
      expect(reply).toEqual({ ok: true, value: { added: true } });
    }
    await expect.poll(() => paintedCount(page)).toBe(1);
    await page.reload();
    await expect.poll(() => paintedCount(page)).toBe(1);
  });

  test('nothing is offered for a selection inside a text field', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(server.url('quickread-wordpress.html'));
    await page.evaluate(() => {
      const input = document.createElement('textarea');
      input.value = '可以编辑的文字';
      document.body.prepend(input);
      input.focus();
      input.select();
      input.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.waitForTimeout(300);
    await expect(page.getByTestId('highlight-toolbar')).toHaveCount(0);
  });

  test('a highlight whose passage was removed is an orphan: kept and reported, not dropped', async ({
    context,
    server,
    serviceWorker,
    extensionId,
  }) => {
    const page = await context.newPage();
    const url = server.url('quickread-wordpress.html');
    await page.goto(url);
    await selectText(page, PASSAGE);
    await page.getByTestId('highlight-add').click();
    await expect.poll(() => paintedCount(page)).toBe(1);

    // The page changes: the paragraph with the passage is gone.
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<p>苹果AI团队的核心成员[^]*?<\/p>/, '');
      await route.fulfill({ response, body: html });
    });
    await page.reload();
    const tabId = await getTabId(serviceWorker, page);
    await expect
      .poll(async () => (await askTab(serviceWorker, tabId, 'tab/anchors')) as unknown)
      .toMatchObject({ ok: true, value: { anchored: [], orphaned: [expect.any(String)] } });
    expect(await paintedCount(page)).toBe(0);

    // The popup still lists it under its article, with its text.
    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByTestId('saved-item').first().press('Enter');
    const item = popup.getByTestId('detail-highlight');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(PASSAGE);
    await expect(item).toHaveAttribute('data-orphan', 'true');
  });
});

test('highlights are painted again on a page that renders its text late', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('late-render.html'));
  await expect(page.getByText('基础模型团队负责人')).toBeVisible();
  await selectText(page, PASSAGE);
  await page.getByTestId('highlight-add').click();
  await expect.poll(() => paintedCount(page)).toBe(1);

  await page.reload();
  // Before the text arrives there is nothing to paint; once it does, the highlight comes back.
  expect(await page.getByText('基础模型团队负责人').count()).toBe(0);
  await expect(page.getByText('基础模型团队负责人')).toBeVisible();
  await expect.poll(() => paintedCount(page)).toBe(1);
});

test('a page that is not an article can be highlighted too, and its highlights come back', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('non-article.html'));
  await selectText(page, 'Install the package with your package manager');
  await page.getByTestId('highlight-add').click();
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.reload();
  await expect.poll(() => paintedCount(page)).toBe(1);
});

test('a selection made without the mouse (keyboard, script) is offered too, and the note survives picking a color', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('quickread-wordpress.html'));
  await page.locator('p', { hasText: PASSAGE }).selectText();
  const toolbar = page.getByTestId('highlight-toolbar');
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Add a note' }).click();
  await toolbar.getByRole('textbox').fill('整段都重要');
  await toolbar.getByRole('button', { name: 'Blue' }).click();
  await page.waitForTimeout(400); // longer than the selection's settle time
  await expect(toolbar.getByRole('textbox')).toHaveValue('整段都重要');
  await page.getByTestId('highlight-add').click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('ana-blue')?.size ?? 0)).toBe(1);
});

test('a real mouse drag over a passage offers the toolbar and highlights what was dragged over', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('quickread-wordpress.html'));
  const { start, end } = await endsOf(page, PASSAGE);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, end.y, { steps: 5 });
  // No toolbar while the button is still down.
  await page.waitForTimeout(400);
  await expect(page.getByTestId('highlight-toolbar')).toHaveCount(0);
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('highlight-toolbar')).toBeVisible();
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  expect(selected.length).toBeGreaterThan(5);
  await page.getByTestId('highlight-add').click();
  await expect.poll(() => paintedCount(page)).toBe(1);
});
