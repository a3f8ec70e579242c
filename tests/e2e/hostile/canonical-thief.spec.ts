import { test, expect, badgeText, getTabId, openPopup } from '../fixtures';
import { highlightWithNote, openPanelFor, paintedCount } from '../page-text';
import { NOTE, PASSAGE } from './helpers';

test('a page on the same host whose canonical link names an annotated article learns nothing of it', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  const article = await context.newPage();
  await article.goto(server.url('quickread-wordpress.html'));
  const articleTab = await getTabId(serviceWorker, article);
  const articlePanel = await openPanelFor(context, extensionId, articleTab);
  await highlightWithNote(article, PASSAGE, NOTE, articlePanel);
  await expect.poll(() => paintedCount(article)).toBe(1);

  const thief = await context.newPage();
  await thief.goto(server.url('hostile/canonical-thief.html'));
  const thiefTab = await getTabId(serviceWorker, thief);
  // The thief is a quick-read page of its own: it is recognized (its badge), not taken for the article.
  await expect.poll(() => badgeText(serviceWorker, thiefTab)).not.toBe('');
  expect(await badgeText(serviceWorker, thiefTab)).not.toBe('✓');
  const seen = await thief.evaluate(() =>
    (window as unknown as { attack(): { painted: string[]; html: string } }).attack(),
  );
  expect(seen.painted).toEqual([]);
  expect(seen.html).not.toContain(NOTE);

  // The side panel and the popup for the thief's tab show its own page, not the article's notes.
  const panel = await openPanelFor(context, extensionId, thiefTab);
  await expect(panel.getByTestId('panel-highlight')).toHaveCount(0);
  expect(await panel.locator('body').innerText()).not.toContain(NOTE);
  const popup = await openPopup(context, extensionId, thiefTab);
  await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'false');

  // Positive control: the annotated article's own panel, popup and paint show it all.
  await article.reload();
  await expect.poll(() => paintedCount(article)).toBe(1);
  expect(await badgeText(serviceWorker, articleTab)).toBe('✓');
  const own = await openPanelFor(context, extensionId, articleTab);
  await expect(own.getByTestId('highlight-note')).toHaveValue(NOTE);
  const ownPopup = await openPopup(context, extensionId, articleTab);
  await expect(ownPopup.getByTestId('save-article')).toHaveAttribute('data-saved', 'true');
});
