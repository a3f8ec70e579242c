import { test, expect, badgeText, getTabId } from '../fixtures';
import { highlightByHand, paintedCount } from '../page-text';
import { NOTE, PASSAGE } from './helpers';

test('a page on the same host whose canonical link names an annotated article learns nothing of it', async ({
  context,
  server,
  serviceWorker,
}) => {
  const article = await context.newPage();
  await article.goto(server.url('quickread-wordpress.html'));
  await highlightByHand(article, PASSAGE, NOTE);
  await expect.poll(() => paintedCount(article)).toBe(1);

  const thief = await context.newPage();
  await thief.goto(server.url('hostile/canonical-thief.html'));
  await thief.waitForTimeout(1500);
  const seen = await thief.evaluate(() =>
    (window as unknown as { attack(): { painted: string[]; html: string } }).attack(),
  );
  expect(seen.painted).toEqual([]);
  expect(seen.html).not.toContain(NOTE);
  expect(await badgeText(serviceWorker, await getTabId(serviceWorker, thief))).not.toBe('✓');

  // Positive control: the annotated article itself is painted again, and its badge says saved.
  await article.reload();
  await expect.poll(() => paintedCount(article)).toBe(1);
  expect(await badgeText(serviceWorker, await getTabId(serviceWorker, article))).toBe('✓');
});
