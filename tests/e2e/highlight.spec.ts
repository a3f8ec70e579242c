import type { Worker } from '@playwright/test';
import { test, expect, getTabId, openPopup } from './fixtures';
import { CHANNEL } from '../../utils/messages/envelope';
import {
  endsOf,
  extensionFrame,
  highlightByHand,
  paintedCount,
  pointOf,
  runCommand,
  selectText,
  selectTextByScript,
  toolbarsShown,
} from './page-text';

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
    await page.waitForTimeout(300);
    expect(await toolbarsShown(page)).toBe(0);

    await selectText(page, PASSAGE);
    const frame = await extensionFrame(page);
    const toolbar = frame.getByTestId('highlight-toolbar');
    await expect(toolbar).toBeVisible();
    await toolbar.getByRole('button', { name: 'Green' }).click();
    await toolbar.getByRole('button', { name: 'Add a note' }).click();
    await frame.getByTestId('highlight-note').fill('人才流失的关键一步');
    await frame.getByTestId('highlight-add').click();
    await expect(toolbar).toHaveCount(0);
    await expect.poll(() => paintedCount(page)).toBe(1);
    // Painting never changes the page's own DOM.
    expect(await page.locator('mark').count()).toBe(0);

    await page.reload();
    await expect.poll(() => paintedCount(page)).toBe(1);
    const green = await page.evaluate(() => CSS.highlights.get('ana-green')?.size ?? 0);
    expect(green).toBe(1);

    // Clicking the painted passage opens it: the note is there to edit, in the extension frame.
    const at = await pointOf(page, PASSAGE);
    await page.mouse.click(at.x, at.y);
    const editing = await extensionFrame(page);
    const note = editing.getByTestId('highlight-note');
    await expect(note).toHaveValue('人才流失的关键一步');
    await note.fill('改过的笔记');
    await editing.getByTestId('highlight-save').click();
    await expect(editing.getByTestId('highlight-editor')).toHaveCount(0);

    await page.reload();
    await expect.poll(() => paintedCount(page)).toBe(1);
    const again = await pointOf(page, PASSAGE);
    await page.mouse.click(again.x, again.y);
    const edit = await extensionFrame(page);
    await expect(edit.getByTestId('highlight-note')).toHaveValue('改过的笔记');
    // Esc closes the editor without changes.
    await page.keyboard.press('Escape');
    await expect(edit.getByTestId('highlight-editor')).toHaveCount(0);

    await page.mouse.click(again.x, again.y);
    await edit.getByTestId('highlight-delete').click();
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
    // The page itself cannot ask for it: without the reader's command the background refuses.
    const forged = await askTab(serviceWorker, tabId, 'tab/highlight-selection');
    expect(forged).toMatchObject({ ok: false, code: 'sender' });
    expect(await paintedCount(page)).toBe(0);
    // Alt+Shift+H is a browser command: the background then asks the page for its selection.
    await page.keyboard.press('Alt+Shift+H');
    await page.waitForTimeout(300);
    // Headless Chromium does not deliver extension commands; run what the command runs.
    if ((await paintedCount(page)) === 0)
      await runCommand(serviceWorker, 'highlight-selection', tabId);
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
      input.style.cssText = 'width:300px;height:60px;font-size:20px';
      document.body.prepend(input);
      input.scrollIntoView();
    });
    // The reader selects the field's text with the keyboard.
    await page.locator('textarea').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.waitForTimeout(500);
    expect(await toolbarsShown(page)).toBe(0);
    // Positive control: the same page offers the toolbar for its text.
    await selectText(page, PASSAGE);
    await expect((await extensionFrame(page)).getByTestId('highlight-toolbar')).toBeVisible();
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
    await highlightByHand(page, PASSAGE);
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
  await highlightByHand(page, PASSAGE);
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
  await highlightByHand(page, 'Install the package with your package manager');
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.reload();
  await expect.poll(() => paintedCount(page)).toBe(1);
});

test('a selection made with the keyboard is offered, and the note survives picking a color', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('quickread-wordpress.html'));
  // A selection made by script is not the reader's: nothing is offered.
  await selectTextByScript(page, PASSAGE);
  await page.waitForTimeout(600);
  expect(page.frames()).toHaveLength(1);
  // The reader clicks into the article and selects with the keyboard (Ctrl+A).
  const { start } = await endsOf(page, PASSAGE);
  await page.mouse.click(start.x, start.y);
  await page.keyboard.press('ControlOrMeta+A');
  const frame = await extensionFrame(page);
  const toolbar = frame.getByTestId('highlight-toolbar');
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Add a note' }).click();
  await frame.getByTestId('highlight-note').fill('整段都重要');
  await toolbar.getByRole('button', { name: 'Blue' }).click();
  await page.waitForTimeout(400); // longer than the selection's settle time
  await expect(frame.getByTestId('highlight-note')).toHaveValue('整段都重要');
  await frame.getByTestId('highlight-add').click();
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
  expect(await toolbarsShown(page)).toBe(0);
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
  const frame = await extensionFrame(page);
  await expect(frame.getByTestId('highlight-toolbar')).toBeVisible();
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  expect(selected.length).toBeGreaterThan(5);
  await frame.getByTestId('highlight-add').click();
  await expect.poll(() => paintedCount(page)).toBe(1);
});
