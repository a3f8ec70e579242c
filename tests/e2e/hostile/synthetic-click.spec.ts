import { test, expect, getTabId } from '../fixtures';
import { armedToolbar, highlightByHand, paintedCount, pointOf } from '../page-text';
import { PASSAGE, toolbarShowings } from './helpers';

test("a page's synthetic clicks on a painted highlight open nothing; the reader's click does", async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/synthetic-click.html'));
  await highlightByHand(page, PASSAGE);
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.reload();
  await expect.poll(() => paintedCount(page)).toBe(1);

  await pointOf(page, PASSAGE); // scrolled into view, as for the reader below
  const clicks = await page.evaluate(() => (window as unknown as { attack(): number }).attack());
  expect(clicks).toBeGreaterThan(0);

  // Positive control: the reader's own click on the same place offers the highlight's colors and
  // Note — and it is the first time the frame showed anything (the script's clicks showed nothing).
  const at = await pointOf(page, PASSAGE);
  await page.mouse.click(at.x, at.y);
  const frame = await armedToolbar(page);
  await expect(frame.getByTestId('highlight-note-open')).toHaveCount(1);
  await expect(frame.getByTestId('highlight-add')).toHaveCount(0);
  expect(await toolbarShowings(frame)).toBe(1);
});

test('the in-page frame has no text field and no delete, for a selection or a painted highlight', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/synthetic-click.html'));
  await getTabId(serviceWorker, page);
  const frame = await highlightByHand(page, PASSAGE);
  await expect.poll(() => paintedCount(page)).toBe(1);
  const at = await pointOf(page, PASSAGE);
  await page.mouse.click(at.x, at.y);
  await armedToolbar(page);
  // Positive control: the frame's toolbar is there, with its buttons…
  await expect(frame.getByTestId('highlight-note-open')).toHaveCount(1);
  expect(await frame.locator('button').count()).toBeGreaterThan(3);
  // …and nothing a page drawing over it could read or turn into a loss.
  await expect(frame.locator('textarea, input, [contenteditable]')).toHaveCount(0);
  await expect(frame.getByTestId('highlight-delete')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: /delete|删除|刪除/i })).toHaveCount(0);
});
