import { test, expect } from '../fixtures';
import { extensionFrame, highlightByHand, paintedCount, pointOf } from '../page-text';
import { NOTE, PASSAGE, frameOf } from './helpers';

test("a page's synthetic clicks on a painted highlight open nothing; the reader's click opens it", async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/synthetic-click.html'));
  await highlightByHand(page, PASSAGE, NOTE);
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.reload();
  await expect.poll(() => paintedCount(page)).toBe(1);

  await pointOf(page, PASSAGE); // scrolled into view, as for the reader below
  const clicks = await page.evaluate(() => (window as unknown as { attack(): number }).attack());
  expect(clicks).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  const frame = frameOf(page);
  if (frame) await expect(frame.getByTestId('highlight-editor')).toHaveCount(0);

  // Positive control: the reader's own click on the same place opens the editor with the note.
  const at = await pointOf(page, PASSAGE);
  await page.mouse.click(at.x, at.y);
  const editor = await extensionFrame(page);
  await expect(editor.getByTestId('highlight-note')).toHaveValue(NOTE);
});
