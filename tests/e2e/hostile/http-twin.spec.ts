import type { Page } from '@playwright/test';
import { test, expect, getTabId, openPopup } from '../fixtures';
import { openPanelFor, paintedCount } from '../page-text';
import { NOTE, PASSAGE } from './helpers';

/** Keep a highlight of `PASSAGE` with `NOTE` under `url`, as the reader's library would hold it. */
async function keepHighlight(extensionPage: Page, url: string, id: string) {
  await extensionPage.evaluate(
    async ([articleUrl, highlightId, passage, note]) => {
      const now = new Date().toISOString();
      const reply = await chrome.runtime.sendMessage({
        channel: 'ai-news-annotator',
        type: 'highlight/add',
        data: {
          article: {
            url: articleUrl,
            format: 'quickread',
            title: '苹果AI团队大将被挖走14亿,骨干接连离职',
            publishedAt: '2025-07-24',
            source: 'szf',
            summary: null,
            keywords: [],
            aiGenerated: true,
            bodyText: passage,
            related: [],
          },
          highlight: {
            id: highlightId,
            text: passage,
            note,
            color: 'yellow',
            createdAt: now,
            updatedAt: now,
            selector: { exact: passage, prefix: '', suffix: '', start: 0, end: passage.length },
          },
        },
      });
      if (!reply?.ok) throw new Error(JSON.stringify(reply));
    },
    [url, id, PASSAGE, NOTE] as const,
  );
}

test('an http page never speaks for the https article at the same address', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  const httpUrl = server.url('hostile/http-twin.html');
  const httpsUrl = httpUrl.replace(/^http:/, 'https:');
  await page.goto(httpUrl);
  const tabId = await getTabId(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tabId);
  await keepHighlight(popup, httpsUrl, 'https-one');

  // The http twin claims the https address: it gets no paint, and the views show its own page.
  await page.bringToFront();
  await page.reload();
  const panel = await openPanelFor(context, extensionId, tabId);
  await expect(panel.getByTestId('panel-highlight')).toHaveCount(0);
  const again = await openPopup(context, extensionId, tabId);
  await expect(again.getByTestId('save-article')).toHaveAttribute('data-saved', 'false');

  // Positive control: the same highlight kept under the http page's own address is painted and
  // listed — and it is the only one, so the https one never was.
  await keepHighlight(popup, httpUrl, 'http-one');
  await page.bringToFront();
  await page.reload();
  await expect.poll(() => paintedCount(page)).toBe(1);
  await panel.reload();
  await expect(panel.getByTestId('panel-highlight')).toHaveCount(1);
  await expect(panel.getByTestId('highlight-note')).toHaveValue(NOTE);
});
