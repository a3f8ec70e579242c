import { test, expect } from '../fixtures';
import { armedToolbar, highlightByHand, paintedCount, pointOf } from '../page-text';
import { PASSAGE } from './helpers';

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

  await highlightByHand(page, PASSAGE);
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.reload();
  await forge();
  await expect.poll(() => paintedCount(page)).toBe(1);
  const at = await pointOf(page, PASSAGE);
  await page.mouse.click(at.x, at.y);
  const frame = await armedToolbar(page);
  await expect(frame.getByTestId('highlight-note-open')).toHaveCount(1);
});
