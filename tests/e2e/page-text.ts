import type { Page } from '@playwright/test';

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

/** Select `text` on the page as a reader would, and release the mouse. */
export async function selectText(page: Page, text: string): Promise<void> {
  await onText(page, text, true);
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
