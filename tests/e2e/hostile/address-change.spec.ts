import { test, expect } from '../fixtures';
import { selectText, toolbarsShown } from '../page-text';

const PASSAGE = '基础模型团队负责人庞若鸣宣布加入Meta';

test('the page changing its own fragment or tracking parameters leaves the reader’s toolbar open; another address closes it', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('quickread-wordpress.html'));
  const rewrite = (url: string) => page.evaluate((u) => history.replaceState(null, '', u), url);

  await selectText(page, PASSAGE);
  await expect.poll(() => toolbarsShown(page)).toBe(1);
  await rewrite('#section-2');
  await rewrite('?utm_source=feed#top');
  await page.waitForTimeout(1000); // past the page script's settling time: it has looked
  expect(await toolbarsShown(page)).toBe(1);

  // Positive control: the page claims another address: the toolbar of the old one closes.
  await rewrite('?article=2');
  await expect.poll(() => toolbarsShown(page)).toBe(0);
});
