import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { libraryExport } from '../bench/library-data.mjs';
import { expect, getTabId, openPopup, test } from './fixtures';

const ARTICLES = 300;

/** What the extension's database holds of the body index (read in one of its pages). */
function indexState(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ queued: number; segments: number }>((resolve, reject) => {
        const open = indexedDB.open('ai-news-annotator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['searchQueue', 'bodySegments'], 'readonly');
          const queued = tx.objectStore('searchQueue').count();
          const segments = tx.objectStore('bodySegments').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ queued: queued.result, segments: segments.result });
          };
        };
      }),
  );
}

test('body search goes through the index the background keeps, and follows deletions', async ({
  context,
  serviceWorker,
  extensionId,
}, testInfo) => {
  test.setTimeout(120_000);
  const path = testInfo.outputPath('library.json');
  writeFileSync(path, JSON.stringify(libraryExport(ARTICLES, { now: Date.now() })));
  const blank = await context.newPage();
  const popup = await openPopup(context, extensionId, await getTabId(serviceWorker, blank));
  await popup.getByTestId('import-json').setInputFiles(path);
  await expect(popup.getByTestId('import-result')).toBeVisible({ timeout: 60_000 });

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.locator('.lib-app')).toHaveAttribute('data-complete', 'true');
  // Every imported body was queued; the background indexes them once the import has settled.
  await expect
    .poll(() => indexState(page), { timeout: 30_000 })
    .toEqual({
      queued: 0,
      segments: 1,
    });

  const search = page.getByTestId('library-search');
  const count = page.getByTestId('library-count');
  await test.step('a word only the body holds finds its article, with the passage', async () => {
    await search.fill('BODY-MARKER-123');
    await expect(count).toHaveAttribute('data-searching', 'false');
    await expect(count).toHaveAttribute('data-shown', '1');
    await expect(page.getByTestId('library-item')).toHaveAttribute(
      'data-url',
      'https://news.example.com/a/123',
    );
    await expect(page.getByTestId('library-snippet')).toHaveAttribute('data-field', 'body');
    await expect(page.locator('.lib-snippet mark')).toHaveText('body-marker-123');
    // Positive control for the deletion below: the prefix finds 12 and 120–129.
    await search.fill('body-marker-12');
    await expect(count).toHaveAttribute('data-shown', '11');
  });

  await test.step('a deleted article is found no more; undone, it is found again', async () => {
    await search.fill('body-marker-123');
    await expect(count).toHaveAttribute('data-shown', '1');
    await page.getByTestId('library-select').check();
    await page.getByTestId('library-delete').click();
    await expect(page.getByTestId('library-undo-toast')).toBeVisible();
    await expect(count).toHaveAttribute('data-shown', '0');
    // Its indexed text is still in the segment; the queue says it changed.
    expect(await indexState(page)).toEqual({ queued: 1, segments: 1 });
    await search.fill('body-marker-12');
    await expect(count).toHaveAttribute('data-searching', 'false');
    await expect(count).toHaveAttribute('data-shown', '10');
    await page.getByTestId('library-undo').click();
    await expect(count).toHaveAttribute('data-shown', '11');
  });
});
