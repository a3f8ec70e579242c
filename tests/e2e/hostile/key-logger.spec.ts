import { test, expect, getTabId } from '../fixtures';
import { armedToolbar, openPanelFor, paintedCount, selectText } from '../page-text';
import { PASSAGE } from './helpers';

const typedOnPage = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { typed: string[] }).typed.slice());

test('a note is typed where no page can reach: a field laid over the frame and stolen focus catch nothing', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/drawing.html'));
  const tabId = await getTabId(serviceWorker, page);
  const panel = await openPanelFor(context, extensionId, tabId);
  await page.bringToFront();
  await selectText(page, PASSAGE);
  const frame = await armedToolbar(page);
  const box = (await frame.getByTestId('highlight-toolbar').boundingBox())!;
  // Note hands the new highlight to the side panel, its note field focused there.
  await frame.getByTestId('highlight-note-open').click();
  await expect.poll(() => paintedCount(page)).toBe(1);

  const item = panel.getByTestId('panel-highlight').filter({ hasText: PASSAGE });
  const note = item.getByTestId('highlight-note');
  await expect(note).toBeFocused();
  // The page lays a key-catching field where the frame was, and keeps taking the focus back.
  await page.evaluate((rect) => {
    const w = window as unknown as { cover(id: string, r: object): void; stealFocus(): void };
    w.cover('catcher', rect);
    w.stealFocus();
  }, box);
  await panel.keyboard.type('secret plan ');
  await panel.keyboard.insertText('秘密');
  await expect(note).toHaveValue('secret plan 秘密');
  await expect(item.locator('[data-testid="highlight-note-state"]')).toHaveAttribute(
    'data-state',
    'saved',
  );
  const typed = await typedOnPage(page);
  expect(typed.filter((t) => /secret|秘|keydown:s/.test(t))).toEqual([]);

  // Positive control: the same loggers see what the reader types into the page's own field.
  await page.bringToFront();
  await page.locator('#page-input').click();
  await page.keyboard.type('abc');
  const after = await typedOnPage(page);
  expect(after).toContain('keydown:a');
  expect(after).toContain('input:c');
});
