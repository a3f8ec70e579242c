import type { Worker } from '@playwright/test';
import { test, expect, getTabId, openPopup } from './fixtures';
import { CHANNEL } from '../../utils/messages/envelope';
import {
  armedToolbar,
  endsOf,
  highlightByHand,
  openPanelFor,
  paintedCount,
  pointOf,
  runCommand,
  selectText,
  selectTextByScript,
  whenRecognized,
  writeNoteInPanel,
} from './page-text';
import { toolbarShowings } from './hostile/helpers';

const PASSAGE = '基础模型团队负责人庞若鸣宣布加入Meta';

/** Ask the page's content script something, the way the popup and the background do. */
function askTab(sw: Worker, tabId: number, type: string) {
  return sw.evaluate(
    ([id, channel, t]) =>
      chrome.tabs
        .sendMessage(id, { channel, type: t, data: {} })
        .catch((e: unknown) => ({ ok: false, error: String(e) })),
    [tabId, CHANNEL, type] as const,
  );
}

test.describe('highlighting on the live page', () => {
  test('select → toolbar → highlight → reload → painted again → recolor from the page → Note opens the side panel → note edited there → delete with undo', async ({
    context,
    server,
    serviceWorker,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('quickread-wordpress.html'));
    const tabId = await getTabId(serviceWorker, page);

    await selectText(page, PASSAGE);
    const frame = await armedToolbar(page);
    const toolbar = frame.getByTestId('highlight-toolbar');
    // The frame holds colors, Highlight and Note: no field to type into.
    await expect(toolbar.getByTestId('highlight-note-open')).toHaveCount(1);
    await expect(frame.locator('textarea, input, [contenteditable]')).toHaveCount(0);
    await toolbar.getByRole('button', { name: 'Green' }).click();
    await toolbar.getByTestId('highlight-add').click();
    await expect(toolbar).toBeHidden();
    await expect.poll(() => paintedCount(page)).toBe(1);
    // Painting never changes the page's own DOM.
    expect(await page.locator('mark').count()).toBe(0);

    await page.reload();
    await expect.poll(() => paintedCount(page)).toBe(1);
    /** How many highlights are drawn in `name` (`ana-blue`; `ana-blue-active` for the one acted on). */
    const drawn = (name: string) => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
    const colored = async (color: string) =>
      (await drawn(`ana-${color}`)) + (await drawn(`ana-${color}-active`));
    const green = () => colored('green');
    const blue = () => colored('blue');
    expect(await green()).toBe(1);

    // A click on the painted passage offers its colors and Note (nothing to add: it is there).
    const at = await pointOf(page, PASSAGE);
    await page.mouse.click(at.x, at.y);
    const painted = (await armedToolbar(page)).getByTestId('highlight-toolbar');
    await expect(painted.getByTestId('highlight-note-open')).toHaveCount(1);
    await expect(painted.getByTestId('highlight-add')).toHaveCount(0);
    await painted.getByRole('button', { name: 'Blue' }).click();
    await expect.poll(blue).toBe(1);
    expect(await green()).toBe(0);
    // It stays drawn as the one the open toolbar acts on, until Esc closes the toolbar.
    await expect.poll(() => drawn('ana-blue-active')).toBe(1);
    await page.keyboard.press('Escape');
    await expect(painted).toBeHidden();
    await expect.poll(() => drawn('ana-blue')).toBe(1);
    expect(await drawn('ana-blue-active')).toBe(0);

    await page.reload();
    await expect.poll(blue).toBe(1);
    // Note on the painted highlight opens the browser's side panel beside the page.
    const sidePanels = () =>
      serviceWorker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map(
          // A panel still opening has no address yet.
          (c) => (c.documentUrl ? new URL(c.documentUrl).pathname : 'opening'),
        ),
      );
    expect(await sidePanels()).toEqual([]);
    const again = await pointOf(page, PASSAGE);
    await page.mouse.click(again.x, again.y);
    await (await armedToolbar(page)).getByTestId('highlight-note-open').click();
    await expect.poll(sidePanels).toEqual(['/sidepanel.html']);

    // The note is written in the panel, and it is kept.
    const panel = await openPanelFor(context, extensionId, tabId);
    const item = () => panel.getByTestId('panel-highlight').filter({ hasText: PASSAGE });
    await expect(item().getByTestId('highlight-note')).toHaveValue('');
    await writeNoteInPanel(panel, PASSAGE, '人才流失的关键一步');
    await panel.reload();
    await expect(item().getByTestId('highlight-note')).toHaveValue('人才流失的关键一步');
    await writeNoteInPanel(panel, PASSAGE, '改过的笔记');
    await panel.reload();
    await expect(item().getByTestId('highlight-note')).toHaveValue('改过的笔记');

    // Deleted in the panel, with undo; then deleted for good.
    await item().getByTestId('highlight-delete').click();
    await expect(item()).toHaveCount(0);
    await expect.poll(() => paintedCount(page)).toBe(0);
    await panel.getByTestId('panel-undo').click();
    await expect(item()).toHaveCount(1);
    await expect.poll(() => paintedCount(page)).toBe(1);
    await item().getByTestId('highlight-delete').click();
    await expect.poll(() => paintedCount(page)).toBe(0);
    await page.reload();
    await panel.reload();
    await expect(panel.getByTestId('panel-article')).toBeVisible();
    await expect(panel.getByTestId('panel-highlight')).toHaveCount(0);
    // The page still has its annotator (it is a saved article), and it paints nothing.
    await expect
      .poll(
        async () => ((await askTab(serviceWorker, tabId, 'tab/anchors')) as { ok?: boolean }).ok,
      )
      .toBe(true);
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
    await whenRecognized(page);
    // The reader selects the field's text with the keyboard.
    await page.locator('textarea').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    // Positive control: the same page offers the toolbar for its text — and that is the first
    // time the frame showed a toolbar (the field's selection showed none).
    await selectText(page, PASSAGE);
    const frame = await armedToolbar(page);
    await expect(frame.getByTestId('highlight-toolbar')).toBeVisible();
    expect(await toolbarShowings(frame)).toBe(1);
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

test('a page that is not an article gets the toolbar once the reader wants it everywhere, and its highlights come back', async ({
  context,
  server,
  serviceWorker,
}) => {
  const TEXT = 'Install the package with your package manager';
  // By default the toolbar is offered on recognized articles and saved pages only.
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ toolbarSites: { mode: 'everywhere', sites: {} } }),
  );
  const page = await context.newPage();
  await page.goto(server.url('non-article.html'));
  const tabId = await getTabId(serviceWorker, page);
  // The background brings the annotator to every page now: it answers once it is there.
  await expect
    .poll(
      async () => ((await askTab(serviceWorker, tabId, 'tab/anchors')) as { ok?: boolean }).ok,
      { timeout: 30_000 },
    )
    .toBe(true);
  await highlightByHand(page, TEXT);
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.reload();
  await expect.poll(() => paintedCount(page)).toBe(1);
});

test('a selection made with the keyboard is offered, and the color picked is the one painted', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('quickread-wordpress.html'));
  await whenRecognized(page);
  // A selection made by script is not the reader's: nothing is offered (see the showings below).
  await selectTextByScript(page, PASSAGE);
  // The reader clicks into the article and selects with the keyboard (Ctrl+A).
  const { start } = await endsOf(page, PASSAGE);
  await page.mouse.click(start.x, start.y);
  await page.keyboard.press('ControlOrMeta+A');
  const frame = await armedToolbar(page);
  const toolbar = frame.getByTestId('highlight-toolbar');
  await expect(toolbar).toBeVisible();
  // The reader's selection is the first the frame showed a toolbar for.
  expect(await toolbarShowings(frame)).toBe(1);
  const blue = toolbar.getByRole('button', { name: 'Blue' });
  await blue.click();
  await expect(blue).toHaveAttribute('aria-pressed', 'true');
  // Picking the color kept the reader's selection: the toolbar was not offered anew.
  expect(
    await page.evaluate(() => document.getSelection()?.toString().length ?? 0),
  ).toBeGreaterThan(5);
  await frame.getByTestId('highlight-add').click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('ana-blue')?.size ?? 0)).toBe(1);
  expect(await page.evaluate(() => CSS.highlights.get('ana-yellow')?.size ?? 0)).toBe(0);
  expect(await toolbarShowings(frame)).toBe(1);
});

test('a real mouse drag over a passage offers the toolbar and highlights what was dragged over', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('quickread-wordpress.html'));
  await whenRecognized(page);
  const { start, end } = await endsOf(page, PASSAGE);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, end.y, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
  const frame = await armedToolbar(page);
  await expect(frame.getByTestId('highlight-toolbar')).toBeVisible();
  // Shown once, on release: not for the half-dragged selections while the button was down.
  expect(await toolbarShowings(frame)).toBe(1);
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  expect(selected.length).toBeGreaterThan(5);
  await frame.getByTestId('highlight-add').click();
  await expect.poll(() => paintedCount(page)).toBe(1);
});
