import type { Frame, Page, Worker } from '@playwright/test';
import { locateText, type TextSpot } from './driver/locate-text';

// What a reader does with the text of a page, for the end-to-end tests.

type Point = TextSpot['middle'];

/**
 * Find `text` in one text node of the page, scroll it into view, optionally select it the way a
 * script would, and return where its first and last lines are on screen (driver/locate-text.ts,
 * the finder the journeys of both browsers share).
 */
function onText(page: Page, text: string, select: boolean): Promise<TextSpot> {
  return page.evaluate(locateText, [text, select] as const);
}

/**
 * Select `text` on the page as a reader does: a real mouse drag from its first to its last
 * character (trusted events, with user activation), then release the mouse.
 */
export async function selectText(page: Page, text: string): Promise<void> {
  const { start, end } = await onText(page, text, false);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

/** Select `text` the way a page script can: a Range and a dispatched `mouseup` (untrusted). */
export async function selectTextByScript(page: Page, text: string): Promise<void> {
  await onText(page, text, true);
}

/** The extension's frame over the page (toolbar and editor), once it is there. */
export async function extensionFrame(page: Page, timeout = 5000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page
      .frames()
      .find((f) => /^chrome-extension:\/\/[^/]+\/frame\.html/.test(f.url()));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('the extension frame is not on the page');
    await page.waitForTimeout(25);
  }
}

/** The viewport point in the middle of `text` on the page (scrolled into view). */
export async function pointOf(page: Page, text: string): Promise<Point> {
  return (await onText(page, text, false)).middle;
}

/** The viewport points at the start and the end of `text` (scrolled into view). */
export async function endsOf(page: Page, text: string): Promise<{ start: Point; end: Point }> {
  return onText(page, text, false);
}

/** How many ranges are painted, over every highlight color (CSS Custom Highlight API). */
export function paintedCount(page: Page) {
  return page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('ana-')) n += h.size;
    });
    return n;
  });
}

/** Select `text` by hand and press Highlight in the extension frame (with a note, if given). */
export async function highlightByHand(page: Page, text: string, note = ''): Promise<Frame> {
  await selectText(page, text);
  const frame = await extensionFrame(page);
  if (note) {
    await frame.getByRole('button', { name: 'Add a note' }).click();
    await frame.getByTestId('highlight-note').fill(note);
  }
  await frame.getByTestId('highlight-add').click();
  return frame;
}

/** Run a browser command of the extension (Alt+Shift+H…) as the browser would for `tabId`. */
export function runCommand(sw: Worker, command: string, tabId: number) {
  return sw.evaluate(
    ([c, id]) =>
      (
        globalThis as unknown as { anaRunCommand(c: string, id: number): Promise<void> }
      ).anaRunCommand(c, id),
    [command, tabId] as const,
  );
}

/** How many toolbars the extension frame shows (0 when there is no frame at all). */
export async function toolbarsShown(page: Page): Promise<number> {
  const frame = page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/frame\.html/.test(f.url()));
  return frame ? frame.getByTestId('highlight-toolbar').count() : 0;
}
