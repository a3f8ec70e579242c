import type { Frame, Page, Worker } from '@playwright/test';

// What a reader does with the text of a page, for the end-to-end tests.

interface Point {
  x: number;
  y: number;
}

/**
 * Find `text` in one text node of the page, scroll it into view, optionally select it as a reader
 * would (and release the mouse), and return where its first and last lines are on screen.
 */
function onText(page: Page, text: string, select: boolean) {
  return page.evaluate(
    ([needle, doSelect]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent?.indexOf(needle) ?? -1;
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + needle.length);
        if (doSelect) {
          const selection = document.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          n.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        } else {
          n.parentElement!.scrollIntoView({ block: 'center' });
        }
        const rects = range.getClientRects();
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        return {
          start: { x: first.left + 1, y: first.top + first.height / 2 },
          middle: {
            x: first.left + Math.min(10, first.width / 2),
            y: first.top + first.height / 2,
          },
          end: { x: last.right - 1, y: last.top + last.height / 2 },
        };
      }
      throw new Error(`text not on the page: ${needle}`);
    },
    [text, select] as const,
  );
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
