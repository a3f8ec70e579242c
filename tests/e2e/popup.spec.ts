import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, getTabId, openPopup, test, type StaticServer } from './fixtures';
import { armedToolbar, selectText } from './page-text';
import { toolbarShowings } from './hostile/helpers';

/** Open a fixture page and the popup acting on its tab; any dialog in the popup fails the test. */
async function pageWithPopup(
  context: BrowserContext,
  sw: Worker,
  extensionId: string,
  url: string,
): Promise<{ page: Page; popup: Page }> {
  const page = await context.newPage();
  await page.goto(url);
  const popup = await openPopup(context, extensionId, await getTabId(sw, page));
  popup.on('dialog', (dialog) => {
    throw new Error(`a dialog opened in the popup: ${dialog.message()}`);
  });
  return { page, popup };
}

async function save(popup: Page) {
  await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'false');
  await popup.getByTestId('save-article').click();
  await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'true');
}

const quickread = (server: StaticServer) => server.url('quickread-wordpress.html');

test.describe('the popup', () => {
  test('saves, finds, opens, deletes with undo, keeps a link for later — and it all survives a reload', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { popup } = await pageWithPopup(context, serviceWorker, extensionId, quickread(server));
    const card = popup.getByTestId('page-card');
    await expect(card).toHaveAttribute('data-format', 'quickread');
    await expect(card).toContainText('苹果AI团队大将被挖走14亿');
    await expect(card.getByTestId('keyword-chip')).toHaveText(['14', 'Ai', '挖走', '离职', '骨干']);

    await save(popup);
    const items = popup.getByTestId('saved-item');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('苹果AI团队大将被挖走14亿');
    // Saving again updates the same record.
    await popup.getByTestId('save-article').click();
    await expect(popup.getByTestId('save-article')).toBeEnabled();
    await expect(items).toHaveCount(1);

    const search = popup.getByTestId('search');
    for (const [query, count] of [
      ['挖走', 1],
      ['openai', 1],
      ['OPENAI 苹果', 1],
      ['blockchain', 0],
      ['', 1],
    ] as const) {
      await search.fill(query);
      await expect(items).toHaveCount(count);
    }

    // Keep the first related link for later (the related links have a tab of their own).
    await popup.getByTestId('show-related').click();
    const keep = popup.getByTestId('keep-later').first();
    await expect(keep).toHaveAttribute('aria-pressed', 'false');
    await keep.click();
    await expect(keep).toHaveAttribute('aria-pressed', 'true');

    // Open the detail from the keyboard, and leave it with Escape.
    await popup.getByTestId('tab-saved').click();
    await items.first().focus();
    await popup.keyboard.press('Enter');
    const detail = popup.getByTestId('item-detail');
    await expect(detail).toBeVisible();
    await expect(detail).toContainText('相关媒体消息');
    await popup.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);

    // Delete, then undo.
    await items.first().click();
    await popup.getByTestId('detail-delete').click();
    await expect(items).toHaveCount(0);
    await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'false');
    await popup.getByTestId('undo').click();
    await expect(items).toHaveCount(1);
    await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'true');

    await popup.reload();
    await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'true');
    await expect(popup.getByTestId('saved-item')).toHaveCount(1);
    await popup.getByTestId('tab-later').click();
    const later = popup.getByTestId('later-item');
    await expect(later).toHaveCount(1);
    await expect(later).toContainText('美国能源部 17 个国家实验室');
    await expect(later.getByTestId('later-source')).toHaveText(
      '苹果AI团队大将被挖走14亿,骨干接连离职',
    );
    await later.getByTestId('mark-read').click();
    await expect(later).toHaveAttribute('data-read', 'true');
    await expect(popup.getByTestId('error')).toHaveCount(0);
  });

  test('run-together keywords are split into words by the extension, never on the page', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    // `关键词： 14Ai挖走离职骨干`: one run of text, no tag links and no separators.
    const { page, popup } = await pageWithPopup(
      context,
      serviceWorker,
      extensionId,
      server.url('quickread-flat.html'),
    );
    const card = popup.getByTestId('page-card');
    await expect(card).toHaveAttribute('data-format', 'quickread');
    // Positive control: the reader sees the words (split by the background).
    await expect(card.getByTestId('keyword-chip')).toHaveText(['14Ai', '挖走', '离职', '骨干']);

    // The page's own answer: the text whose words are the keywords, not the words.
    const tabId = await getTabId(serviceWorker, page);
    const ask = (type: string) =>
      serviceWorker.evaluate(
        ([id, t]) =>
          chrome.tabs.sendMessage(id, { channel: 'ai-news-annotator', type: t, data: {} }),
        [tabId, type] as const,
      );
    for (const type of ['tab/article', 'tab/page-article']) {
      const reply = (await ask(type)) as {
        value: { article: { keywords: string[] }; keywordsText?: string };
      };
      expect(reply.value.article.keywords).toEqual([]);
      expect(reply.value.keywordsText).toBe('14Ai挖走离职骨干');
    }

    // What is saved has the words.
    const saved = await popup.evaluate(
      (id) =>
        chrome.runtime.sendMessage({
          channel: 'ai-news-annotator',
          type: 'article/save',
          data: { tabId: id },
        }),
      tabId,
    );
    expect((saved as { value: { keywords: string[] } }).value.keywords).toEqual([
      '14Ai',
      '挖走',
      '离职',
      '骨干',
    ]);
  });

  test('the detail lists highlights in page order, marks orphans, and scrolls the page to one', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { page, popup } = await pageWithPopup(
      context,
      serviceWorker,
      extensionId,
      quickread(server),
    );
    await save(popup);
    const tabId = await getTabId(serviceWorker, page);
    // Two highlights of passages on the page (added in reverse order) and one whose text is gone.
    await popup.evaluate(async (tab) => {
      const send = (type: string, data: unknown) =>
        chrome.runtime.sendMessage({ channel: 'ai-news-annotator', type, data });
      // The article with its body, as the page session gives it for saving.
      const { value } = await chrome.tabs.sendMessage(tab, {
        channel: 'ai-news-annotator',
        type: 'tab/page-article',
        data: {},
      });
      const article = value.article;
      const passages: [string, string, string][] = [
        ['late', 'Meta向顶级AI工程师提供了年薪1000万美元起的待遇', 'pay gap'],
        ['early', '苹果内部负责开发AI基础模型的团队曾提议对外开源部分模型', ''],
        ['gone', '这句话从未出现在页面上', 'lost'],
      ];
      for (const [id, exact, note] of passages) {
        const at = article.bodyText.indexOf(exact);
        const start = at < 0 ? 100 : at;
        const stamp = new Date().toISOString();
        const reply = await send('highlight/add', {
          article,
          highlight: {
            id,
            text: exact,
            note,
            color: 'yellow',
            createdAt: stamp,
            updatedAt: stamp,
            selector: { exact, prefix: '', suffix: '', start, end: start + exact.length },
          },
        });
        if (!reply.ok) throw new Error(reply.error);
      }
      await chrome.tabs.sendMessage(tab, {
        channel: 'ai-news-annotator',
        type: 'tab/refresh',
        data: {},
      });
    }, tabId);

    await popup.getByTestId('saved-item').first().click();
    const highlights = popup.getByTestId('detail-highlight');
    await expect(highlights).toHaveCount(3);
    const byId = (text: string) => highlights.filter({ hasText: text });
    const early = byId('开源部分模型');
    const late = byId('年薪1000万美元');
    await expect(early).toHaveAttribute('data-orphan', 'false');
    await expect(late).toHaveAttribute('data-orphan', 'false');
    await expect(late).toContainText('pay gap');
    await expect(byId('从未出现')).toHaveAttribute('data-orphan', 'true');
    const order = await highlights.evaluateAll((els) =>
      els.map((el) => el.querySelector('.highlight-quote')?.textContent ?? ''),
    );
    expect(order.indexOf('苹果内部负责开发AI基础模型的团队曾提议对外开源部分模型')).toBeLessThan(
      order.indexOf('Meta向顶级AI工程师提供了年薪1000万美元起的待遇'),
    );

    await page.setViewportSize({ width: 500, height: 300 });
    const before = await page.evaluate(() => window.scrollY);
    await late.locator('button.highlight-quote').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).not.toBe(before);
    await expect(popup.getByTestId('error')).toHaveCount(0);
  });

  test('two tabs saving at the same moment lose nothing', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const a = await pageWithPopup(context, serviceWorker, extensionId, quickread(server));
    const b = await pageWithPopup(
      context,
      serviceWorker,
      extensionId,
      server.url('quickread-flat.html'),
    );
    const buttons = [a.popup, b.popup].map((p) => p.getByTestId('save-article'));
    for (const button of buttons) await expect(button).toHaveAttribute('data-saved', 'false');
    await Promise.all(buttons.map((button) => button.click()));
    for (const button of buttons) await expect(button).toHaveAttribute('data-saved', 'true');
    await a.popup.reload();
    await expect(a.popup.getByTestId('saved-item')).toHaveCount(2);

    // The same article saved from two popups at once is still one record.
    const again = await openPopup(context, extensionId, await getTabId(serviceWorker, a.page));
    await Promise.all([a.popup, again].map((p) => p.getByTestId('save-article').click()));
    await again.reload();
    await expect(again.getByTestId('saved-item')).toHaveCount(2);
  });

  test('a hostile page is shown as text: no dialog, no script or image, only http(s) links', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { popup } = await pageWithPopup(
      context,
      serviceWorker,
      extensionId,
      server.url('hostile.html'),
    );
    const card = popup.getByTestId('page-card');
    await expect(card).toHaveAttribute('data-format', 'quickread');
    await expect(card).toContainText('<img src=x onerror=alert(1)>');
    await save(popup);
    await popup.getByTestId('show-related').click();
    await expect(popup.getByTestId('related-link').first()).toBeVisible();
    await popup.getByTestId('tab-saved').click();
    await popup.getByTestId('saved-item').first().click();
    await expect(popup.getByTestId('item-detail')).toBeVisible();
    await expect(popup.getByTestId('item-detail')).toContainText('<b>AI</b>');
    await popup.waitForTimeout(300);
    const app = popup.locator('#app');
    await expect(app.locator('script, img, iframe, object, embed')).toHaveCount(0);
    const hrefs = await app
      .locator('[href], [src], [action], [formaction]')
      .evaluateAll((els) =>
        els.map(
          (el) =>
            el.getAttribute('href') ??
            el.getAttribute('src') ??
            el.getAttribute('action') ??
            el.getAttribute('formaction') ??
            '',
        ),
      );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  test('the popup’s site switch offers the in-page toolbar on a page that is not an article', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { page, popup } = await pageWithPopup(
      context,
      serviceWorker,
      extensionId,
      server.url('non-article.html'),
    );
    await expect(popup.getByTestId('page-card')).toHaveAttribute('data-format', 'none');
    // By default the toolbar is offered on articles and saved pages only: not here.
    const here = popup.getByTestId('toolbar-site');
    await expect(here).not.toBeChecked();
    // The popup brought the page its script: a selection now is answered, and offered nothing.
    const tabId = await getTabId(serviceWorker, page);
    await expect
      .poll(() =>
        serviceWorker.evaluate(
          (id) =>
            chrome.tabs
              .sendMessage(id, { channel: 'ai-news-annotator', type: 'tab/anchors', data: {} })
              .then(
                (r: { ok?: boolean }) => r.ok === true,
                () => false,
              ),
          tabId,
        ),
      )
      .toBe(true);
    await selectText(page, 'Install the package with your package manager');

    await popup.bringToFront();
    await here.check();
    await expect
      .poll(() =>
        serviceWorker.evaluate(
          async () => (await chrome.storage.local.get('toolbarSites')).toolbarSites,
        ),
      )
      .toMatchObject({ sites: { [new URL(server.url('')).hostname]: true } });
    // Positive control: the next selection is offered the toolbar, the first one the frame shows.
    await page.bringToFront();
    await page.mouse.click(5, 5);
    await selectText(page, 'Create a container element and call');
    const frame = await armedToolbar(page);
    await expect(frame.getByTestId('highlight-add')).toHaveCount(1);
    expect(await toolbarShowings(frame)).toBe(1);
  });

  test('a tab without the content script shows a friendly line and the saved list still works', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }) => {
    const { popup } = await pageWithPopup(context, serviceWorker, extensionId, quickread(server));
    await save(popup);
    const blank = await context.newPage();
    await blank.goto('about:blank');
    const other = await openPopup(context, extensionId, await getTabId(serviceWorker, blank));
    await expect(other.getByTestId('page-card')).toHaveAttribute('data-format', 'none');
    await expect(other.getByTestId('save-article')).toHaveCount(0);
    await expect(other.getByTestId('saved-item')).toHaveCount(1);
  });

  test('exports everything as ai-news-annotator-YYYY-MM-DD.json and imports it back; a bad file changes nothing', async ({
    context,
    serviceWorker,
    extensionId,
    server,
  }, testInfo) => {
    const { popup } = await pageWithPopup(context, serviceWorker, extensionId, quickread(server));
    await save(popup);

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByTestId('export-json').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ai-news-annotator-\d{4}-\d{2}-\d{2}\.json$/);
    const path = testInfo.outputPath('export.json');
    await download.saveAs(path);
    const text = await readFile(path, 'utf8');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'ai-news-annotator', version: 1 });
    expect(file.articles).toHaveLength(1);

    const input = popup.getByTestId('import-json');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...file, articles: [{ url: 'javascript:alert(1)' }] })),
    });
    await expect(popup.getByTestId('error')).toBeVisible();
    await expect(popup.getByTestId('error')).toContainText(
      'Article 1: address is not a web address',
    );
    await expect(popup.getByTestId('saved-item')).toHaveCount(1);

    await input.setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(popup.getByTestId('import-result')).toBeVisible();
    await expect(popup.getByTestId('error')).toHaveCount(0);
    await expect(popup.getByTestId('saved-item')).toHaveCount(1);
  });
});
