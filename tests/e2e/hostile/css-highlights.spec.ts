import { test, expect, getTabId } from '../fixtures';
import { highlightWithNote, openPanelFor, paintedCount } from '../page-text';
import { NOTE, PASSAGE } from './helpers';

test('what the page can read of painted highlights (CSS.highlights, the DOM) holds no note', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/synthetic-click.html'));
  const tabId = await getTabId(serviceWorker, page);
  const panel = await openPanelFor(context, extensionId, tabId);
  await highlightWithNote(page, PASSAGE, NOTE, panel);
  await expect.poll(() => paintedCount(page)).toBe(1);

  const visible = await page.evaluate(() => {
    const parts: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      parts.push(name);
      for (const range of highlight) parts.push(range.toString());
    });
    const host = document.querySelector('ana-frame-host');
    parts.push(String(host?.shadowRoot), document.documentElement.outerHTML);
    for (const el of document.querySelectorAll('*'))
      for (const a of el.attributes) parts.push(a.value);
    return parts.join('\n');
  });
  expect(visible).toContain(PASSAGE); // the page's own text, painted
  expect(visible).not.toContain(NOTE);
  expect(visible).toContain('null'); // the frame's host has a closed shadow root

  // Positive control: the note exists, in the side panel, beside the page.
  await panel.reload();
  const item = panel.getByTestId('panel-highlight').filter({ hasText: PASSAGE });
  await expect(item.getByTestId('highlight-note')).toHaveValue(NOTE);
});
