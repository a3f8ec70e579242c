import { test, expect, getTabId } from '../fixtures';
import { paintedCount, runCommand } from '../page-text';
import { frameOf } from './helpers';

test('an SVG document: no error, no in-page toolbar, and the shortcut still highlights', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // The static server has no favicon: that 404 is the browser's, not the page's or ours.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  await page.goto(server.url('hostile/drawing.svg'));
  const line = page.locator('text').nth(1);
  const box = (await line.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await page.waitForTimeout(600);
  expect(
    await page.evaluate(() => document.getSelection()?.toString().length ?? 0),
  ).toBeGreaterThan(4);
  expect(frameOf(page)).toBeUndefined();

  await runCommand(serviceWorker, 'highlight-selection', await getTabId(serviceWorker, page));
  await expect.poll(() => paintedCount(page)).toBe(1);
  expect(errors).toEqual([]);
});
