import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { armedToolbar, paintedCount } from '../page-text';

/** Drag over the first line of `text` with the real mouse (page helpers are clobbered here). */
async function dragOver(page: Page, text: string) {
  const box = (await page.getByText(text).boundingBox())!;
  const y = box.y + 12;
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 180, y, { steps: 4 });
  await page.mouse.up();
  return { x: box.x + 60, y };
}

test('elements named like the globals the extension uses do not switch it off', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/clobber.html'));
  // The clobbering is in effect for the page's own scripts.
  const clobbered = await page.evaluate(() =>
    (window as unknown as { clobbered(): Record<string, string> }).clobbered(),
  );
  expect(clobbered.registry).toContain('HTMLDivElement');
  expect(clobbered.getSelection).toBe('object');

  const passage = '据36氪报道,近年来,苹果公司在人工智能(AI)领域的表现备受关注。';
  await dragOver(page, passage);
  const frame = await armedToolbar(page);
  await frame.getByTestId('highlight-add').click();
  await expect.poll(() => paintedCount(page)).toBe(1);

  await page.reload();
  await expect.poll(() => paintedCount(page)).toBe(1);
  const box = (await page.getByText(passage).boundingBox())!;
  await page.mouse.click(box.x + 40, box.y + 12);
  await expect((await armedToolbar(page)).getByTestId('highlight-note-open')).toHaveCount(1);
});
