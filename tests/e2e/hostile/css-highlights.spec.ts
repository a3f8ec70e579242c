import { test, expect } from '../fixtures';
import { extensionFrame, highlightByHand, paintedCount, pointOf } from '../page-text';
import { NOTE, PASSAGE } from './helpers';

test('what the page can read of painted highlights (CSS.highlights, the DOM) holds no note', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/synthetic-click.html'));
  await highlightByHand(page, PASSAGE, NOTE);
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

  // Positive control: the note exists, in the extension frame, for the reader's click.
  await page.reload();
  await expect.poll(() => paintedCount(page)).toBe(1);
  const at = await pointOf(page, PASSAGE);
  await page.mouse.click(at.x, at.y);
  await expect((await extensionFrame(page)).getByTestId('highlight-note')).toHaveValue(NOTE);
});
