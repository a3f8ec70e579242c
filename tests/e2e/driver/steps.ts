// What a reader does on a page and in the extension's pages, written once over the driver.
import { expect } from '@playwright/test';
import { locateText } from './locate-text';
import { byTestId, type Driver, type DriverPage, type Scope } from './types';

const TOOLBAR = byTestId('highlight-toolbar');
const NOTE_FIELD = byTestId('highlight-note');
/** The button that opens the note field, when the field is not shown at once. */
const NOTE_BUTTON = /note|笔记|批注/i;

/** In-page: every element matching `selector` that is rendered, open shadow roots included. */
function visibleCount(selector: string): number {
  const roots: (Document | ShadowRoot)[] = [document];
  let n = 0;
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const el of roots[i]!.querySelectorAll(selector)) if (el.checkVisibility()) n++;
  }
  return n;
}

/** In-page: how many ranges are painted over every highlight color (CSS Custom Highlight API). */
function paintedInPage(): number {
  let n = 0;
  CSS.highlights.forEach((h, name) => {
    if (name.startsWith('ana-')) n += h.size;
  });
  return n;
}

export const painted = (page: DriverPage) => page.evaluate(paintedInPage, null);

const isExtensionUrl = (url: string) => /^(chrome|moz)-extension:/.test(url);

/**
 * Where the in-page highlight toolbar is shown now: inside the extension's frame when the page has
 * one, else in the page itself (its shadow root); null when it is not shown.
 */
export async function toolbarScope(page: DriverPage): Promise<Scope | null> {
  for (const frame of await page.frames()) {
    if (!isExtensionUrl(frame.url())) continue;
    const shown = await frame.evaluate(visibleCount, TOOLBAR).catch(() => 0);
    if (shown > 0) return frame;
  }
  return (await page.evaluate(visibleCount, TOOLBAR)) > 0 ? page : null;
}

export async function waitForToolbar(page: DriverPage): Promise<Scope> {
  await expect.poll(async () => (await toolbarScope(page)) !== null).toBe(true);
  return (await toolbarScope(page))!;
}

/** Select `text` with a real mouse drag (trusted events, as a reader's). */
export async function dragSelect(page: DriverPage, text: string): Promise<void> {
  const { start, end } = await page.evaluate(locateText, [text, false] as const);
  await page.mouseMove(start);
  await page.mouseDown();
  await page.mouseMove(end, 5);
  await page.mouseUp();
}

/** Select `text` the way a page's own script can: a Range, and a dispatched mouse release. */
export async function scriptSelect(page: DriverPage, text: string): Promise<void> {
  await page.evaluate(locateText, [text, true] as const);
}

/** Type `note` into the toolbar's note field, opening it first when it is behind a button. */
async function writeNote(toolbar: Scope, note: string): Promise<void> {
  if ((await toolbar.count(NOTE_FIELD)) === 0) {
    await toolbar.click('button', { hasText: NOTE_BUTTON });
  }
  const field = (await toolbar.count(NOTE_FIELD)) > 0 ? NOTE_FIELD : `${TOOLBAR} textarea`;
  await expect.poll(() => toolbar.count(field)).toBe(1);
  await toolbar.fill(field, note);
}

/** Drag over `text`, write `note` in the toolbar and add the highlight; it is painted at once. */
export async function highlightWithNote(page: DriverPage, text: string, note: string) {
  const before = await painted(page);
  await dragSelect(page, text);
  const toolbar = await waitForToolbar(page);
  await writeNote(toolbar, note);
  await toolbar.click(byTestId('highlight-add'));
  await expect.poll(async () => (await toolbarScope(page)) === null).toBe(true);
  await expect.poll(() => painted(page)).toBe(before + 1);
}

/** The popup, opened as a page acting on `page`'s tab. */
export async function openPopupFor(driver: Driver, page: DriverPage): Promise<DriverPage> {
  const tabId = await driver.tabIdOf(page);
  const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
  await expect.poll(() => popup.attribute(byTestId('page-card'), 'data-format')).not.toBeNull();
  return popup;
}
