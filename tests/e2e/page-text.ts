import type { Page } from '@playwright/test';
import { locateText } from './driver/locate-text';

// What a reader does with the text of a page, for the end-to-end tests.

/** Select `text` on the page by script, and dispatch a mouse release. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(locateText, [text, true] as const);
}

/** The viewport point in the middle of `text` on the page (scrolled into view). */
export async function pointOf(page: Page, text: string) {
  return (await page.evaluate(locateText, [text, false] as const)).middle;
}

/** The viewport points at the start and the end of `text` (scrolled into view). */
export async function endsOf(page: Page, text: string) {
  return page.evaluate(locateText, [text, false] as const);
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
