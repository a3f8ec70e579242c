import { test, expect } from '../fixtures';
import { extensionFrame, highlightByHand, paintedCount, pointOf } from '../page-text';
import { NOTE, PASSAGE } from './helpers';

test("forged lifetime events of the extension's framework do not switch it off", async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  const forge = () =>
    page.evaluate((id) => {
      const w = window as unknown as { extensionId: string; attack(id: string): void };
      w.extensionId = id; // the page keeps forging every 100 ms from now on
      w.attack(id);
    }, extensionId);
  await page.goto(server.url('hostile/forged-events.html'));
  await forge();
  await page.waitForTimeout(300);

  await highlightByHand(page, PASSAGE, NOTE);
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.reload();
  await forge();
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.waitForTimeout(300);
  const at = await pointOf(page, PASSAGE);
  await page.mouse.click(at.x, at.y);
  await expect((await extensionFrame(page)).getByTestId('highlight-note')).toHaveValue(NOTE);
});
