import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, getTabId, openPopup, test } from './fixtures';
import { CHANNEL } from '../../utils/messages/envelope';
import {
  armedToolbar,
  endsOf,
  paintedCount,
  pageWithPanel,
  pointOf,
  runCommand,
} from './page-text';
import { frameOf, toolbarShowings } from './hostile/helpers';

const PASSAGE = '基础模型团队负责人庞若鸣宣布加入Meta';

/** Select `text` with a real mouse drag, as a reader does. */
async function dragOver(page: Page, text: string) {
  const { start, end } = await endsOf(page, text);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

/**
 * Highlight the reader's selection the way the context menu and the shortcut do (headless
 * Chromium delivers neither menu clicks nor commands): through the test build's command runner.
 */
async function highlightSelection(sw: Worker, tabId: number) {
  await runCommand(sw, 'highlight-selection', tabId);
}

/** An article page with one highlight, and the side panel acting on its tab. */
async function articleWithPanel(
  context: BrowserContext,
  sw: Worker,
  extensionId: string,
  url: string,
) {
  const { page, tabId, panel } = await pageWithPanel(context, sw, extensionId, url);
  await expect(panel.getByTestId('panel-article')).toHaveAttribute('data-format', 'quickread');
  await expect(panel.getByTestId('panel-highlight')).toHaveCount(0);
  await page.bringToFront();
  await dragOver(page, PASSAGE);
  // The frame offers its toolbar for the selection before it is highlighted: counts of the
  // toolbar's showings taken later start after this one, not before it.
  await armedToolbar(page);
  await highlightSelection(sw, tabId);
  await expect.poll(() => paintedCount(page)).toBe(1);
  return { page, tabId, panel };
}

test.describe('the side panel', () => {
  test('a highlight made in the page appears in the open panel; notes written there reach the popup and the export', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }, testInfo) => {
    const { tabId, panel } = await articleWithPanel(
      context,
      serviceWorker,
      extensionId,
      server.url('quickread-wordpress.html'),
    );
    // Without a reload, the panel shows it.
    const item = panel.getByTestId('panel-highlight');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(PASSAGE);
    await expect(item).toHaveAttribute('data-orphan', 'false');
    await expect(panel.getByTestId('panel-save')).toHaveAttribute('data-saved', 'true');

    await item.getByTestId('highlight-note').fill('人才流失的关键一步');
    await expect(item.getByTestId('highlight-note-state')).toHaveAttribute('data-state', 'saved');
    await panel.getByTestId('panel-note').fill('苹果的人才问题');
    await expect(panel.getByTestId('panel-note-state')).toHaveAttribute('data-state', 'saved');
    // The highlight's own tag, typed in the panel, travels with it into the export.
    await expect(item.getByTestId('panel-highlight-tag')).toHaveCount(0);
    await item.getByTestId('panel-highlight-tag-add').click();
    await item.getByTestId('panel-highlight-tag-input').fill('人才');
    await item.getByTestId('panel-highlight-tag-input').press('Enter');
    await expect(item.getByTestId('panel-highlight-tag')).toHaveAttribute('data-tag', '人才');

    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByTestId('saved-item').first().click();
    const detail = popup.getByTestId('item-detail');
    await expect(detail).toContainText('人才流失的关键一步');
    await expect(detail.getByRole('textbox').first()).toHaveValue('苹果的人才问题');
    await popup
      .getByTestId('item-detail')
      .getByRole('button', { name: '← Back', exact: true })
      .click();

    const [file] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByTestId('export-json').click(),
    ]);
    const path = testInfo.outputPath('export.json');
    await file.saveAs(path);
    const exported = JSON.parse(await readFile(path, 'utf8'));
    expect(exported.articles).toHaveLength(1);
    expect(exported.articles[0].note).toBe('苹果的人才问题');
    expect(exported.articles[0].highlights[0].note).toBe('人才流失的关键一步');
    expect(exported.articles[0].highlights[0].tags).toEqual(['人才']);
  });

  test('delete with undo; a highlight the page cannot find is marked as an orphan', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const url = server.url('quickread-wordpress.html');
    const { page, panel } = await articleWithPanel(context, serviceWorker, extensionId, url);
    const item = panel.getByTestId('panel-highlight');
    await expect(item).toHaveCount(1);

    await item.getByTestId('highlight-delete').click();
    await expect(item).toHaveCount(0);
    await expect.poll(() => paintedCount(page)).toBe(0);
    await panel.getByTestId('panel-undo').click();
    await expect(item).toHaveCount(1);
    await expect.poll(() => paintedCount(page)).toBe(1);
    await expect(item).toHaveAttribute('data-orphan', 'false');

    // The page changes: the paragraph with the passage is gone.
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<p>苹果AI团队的核心成员[^]*?<\/p>/, '');
      await route.fulfill({ response, body: html });
    });
    await page.reload();
    await expect(item).toHaveCount(1);
    await expect(item).toHaveAttribute('data-orphan', 'true');
    await expect(item).toContainText(PASSAGE);
  });

  test('clicking a highlight in the panel scrolls the page to it', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { page, panel } = await articleWithPanel(
      context,
      serviceWorker,
      extensionId,
      server.url('quickread-wordpress.html'),
    );
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const bottom = await page.evaluate(() => window.scrollY);
    expect(bottom).toBeGreaterThan(0);
    await panel.getByTestId('panel-highlight-quote').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(bottom);
  });

  test('without ?tabId it follows the active tab, and says what it cannot read', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const article = await context.newPage();
    await article.goto(server.url('quickread-wordpress.html'));
    const other = await context.newPage();
    await other.goto(server.url('non-article.html'));
    const blank = await context.newPage();

    // The panel in a window of its own, as a side panel beside another window would be.
    const [panel] = await Promise.all([
      context.waitForEvent('page'),
      serviceWorker.evaluate(
        (u) => chrome.windows.create({ url: u, focused: false }),
        `chrome-extension://${extensionId}/sidepanel.html`,
      ),
    ]);
    const card = panel.getByTestId('panel-article');

    await article.bringToFront();
    await expect(card).toHaveAttribute('data-format', 'quickread');
    await expect(card).toContainText('苹果AI团队大将被挖走14亿');

    await other.bringToFront();
    await expect(card).toHaveAttribute('data-format', 'none');
    await expect(panel.getByTestId('panel-save')).toBeVisible();

    await blank.bringToFront();
    await expect(panel.getByTestId('panel-state')).toHaveAttribute('data-state', 'restricted');

    await article.bringToFront();
    await expect(card).toHaveAttribute('data-format', 'quickread');
    // The tab navigates: the panel follows its new page.
    await article.goto(server.url('generic-jsonld.html'));
    await expect(card).toHaveAttribute('data-format', 'generic');
  });

  test('the popup’s Side panel button opens the side panel beside the page', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('quickread-wordpress.html'));
    const popup = await openPopup(context, extensionId, await getTabId(serviceWorker, page));
    const panels = () =>
      serviceWorker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) =>
          c.documentUrl ? new URL(c.documentUrl).pathname : 'opening',
        ),
      );
    expect(await panels()).toEqual([]);
    // A real click: the reader's gesture that Chrome asks for before it opens a side panel.
    await popup.getByTestId('open-sidepanel').click();
    await expect.poll(panels).toEqual(['/sidepanel.html']);
  });

  test('on this story: another saved article about the same story is one click away', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { page, panel } = await pageWithPanel(
      context,
      serviceWorker,
      extensionId,
      server.url('quickread-wordpress.html'),
    );
    await panel.getByTestId('panel-save').click();
    await expect(panel.getByTestId('panel-save')).toHaveAttribute('data-saved', 'true');
    await expect(panel.getByTestId('panel-story')).toHaveCount(0);

    // The same story at another address, saved from its own tab (as the popup would).
    const other = await context.newPage();
    const otherUrl = server.url('quickread-wordpress.html?edition=reprint');
    await other.goto(otherUrl);
    const otherTab = await getTabId(serviceWorker, other);
    await panel.evaluate(
      async ([id, channel]) => {
        const saved = await chrome.runtime.sendMessage({
          channel,
          type: 'article/save',
          data: { tabId: id },
        });
        if (!saved.ok) throw new Error(saved.error);
      },
      [otherTab, CHANNEL] as const,
    );
    await page.bringToFront();
    const item = panel.getByTestId('panel-story-item');
    await expect(item).toHaveCount(1);
    await expect(item).toHaveAttribute('href', otherUrl);
  });

  test('while the panel shows the tab, a click on a highlight in the page selects it there instead of offering the toolbar', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { page, panel } = await articleWithPanel(
      context,
      serviceWorker,
      extensionId,
      server.url('quickread-wordpress.html'),
    );
    const item = panel.getByTestId('panel-highlight');
    await expect(item).toHaveCount(1);
    await expect(item).not.toHaveAttribute('aria-current', 'true');
    const frameBefore = frameOf(page);
    const before = frameBefore ? await toolbarShowings(frameBefore) : 0;
    const at = await pointOf(page, PASSAGE);
    await page.mouse.click(at.x, at.y);
    await expect(item).toHaveAttribute('aria-current', 'true');

    // Positive control: with the panel closed, the same click offers the highlight's colors and
    // Note in the page — the only toolbar shown since the panel took the first click.
    await panel.close();
    await page.bringToFront();
    await page.mouse.click(5, 5);
    await page.mouse.click(at.x, at.y);
    const frame = await armedToolbar(page);
    await expect(frame.getByTestId('highlight-note-open')).toHaveCount(1);
    await expect(frame.getByTestId('highlight-add')).toHaveCount(0);
    expect(await toolbarShowings(frame)).toBe(before + 1);
  });
});
