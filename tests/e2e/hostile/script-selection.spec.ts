import { test, expect } from '../fixtures';
import { highlightByHand, paintedCount } from '../page-text';
import { PASSAGE, frameOf, libraryCounts } from './helpers';

type Seen = { frames: number; hosts: number; shadowRoots: number; clicked: number };

test('a page that selects its text by script and clicks everything it can reach writes nothing', async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/script-selection.html'));
  const attack = () =>
    page.evaluate(() => (window as unknown as { attack(n: number): Promise<Seen> }).attack(3));

  // Before the reader did anything: script selections offer no toolbar, nothing is written.
  await attack();
  expect(frameOf(page)).toBeUndefined();
  expect(await libraryCounts(serviceWorker)).toEqual({ articles: 0, highlights: 0 });

  // Positive control: the reader clicks away (a drag over selected text would move it) and
  // selects the same passage by hand, then highlights it.
  await page.mouse.click(5, 5);
  await page.waitForTimeout(1000); // the page's last change of address has been looked at
  await highlightByHand(page, PASSAGE);
  await expect.poll(() => paintedCount(page)).toBe(1);
  expect(await libraryCounts(serviceWorker)).toEqual({ articles: 1, highlights: 1 });

  // Now the frame is on the page: the page finds its host, but nothing inside it.
  const seen = await attack();
  expect(seen.hosts).toBeGreaterThan(0);
  expect(seen.clicked).toBeGreaterThan(0);
  expect(seen.shadowRoots).toBe(0);
  await page.waitForTimeout(500);
  expect(await libraryCounts(serviceWorker)).toEqual({ articles: 1, highlights: 1 });
  await expect(frameOf(page)!.getByTestId('highlight-toolbar')).toHaveCount(0);
});
