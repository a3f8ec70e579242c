// What a reader does on a page and in the extension's pages, written once over the driver.
import { expect } from '@playwright/test';
import { locateText } from './locate-text';
import { byTestId, type Driver, type DriverPage, type Scope } from './types';

const TOOLBAR = byTestId('highlight-toolbar');
const NOTE_FIELD = byTestId('highlight-note');

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

/**
 * How many times the extension's frame in `page` has shown its toolbar (a performance mark of the
 * frame's own, which the page cannot reach): a later, wanted showing proves an earlier, unwanted
 * one did not happen.
 */
export async function toolbarShowings(page: DriverPage): Promise<number> {
  let n = 0;
  for (const frame of await page.frames()) {
    if (!isExtensionUrl(frame.url())) continue;
    n += await frame.evaluate(() => performance.getEntriesByName('ana-toolbar-shown').length, null);
  }
  return n;
}

/**
 * Wait until the quick-read article in `page` has the extension's annotator (its badge says so):
 * the background brings it once the page's title is known, and a reader selects only after that.
 */
export async function whenRecognized(driver: Driver, page: DriverPage): Promise<void> {
  const tabId = await driver.tabIdOf(page);
  await expect.poll(() => driver.badge(tabId), { timeout: 30_000 }).not.toBe('');
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

/** The toolbar, once it has been visible long enough to take a click (utils/frame/visibility.ts). */
async function armedToolbar(page: DriverPage): Promise<Scope> {
  const toolbar = await waitForToolbar(page);
  await expect.poll(() => toolbar.attribute(TOOLBAR, 'data-armed')).toBe('true');
  return toolbar;
}

/**
 * Drag over `text` and press Note in the toolbar: the passage is highlighted and painted at once,
 * and its note is written in the side panel pinned to the page's tab (`sidepanel.html?tabId=N`),
 * where the new highlight's note field is the one focused.
 */
export async function highlightWithNote(
  driver: Driver,
  page: DriverPage,
  text: string,
  note: string,
) {
  const tabId = await driver.tabIdOf(page);
  const panel = await driver.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await expect.poll(() => panel.count(byTestId('panel-article'))).toBe(1);
  await whenRecognized(driver, page); // and brings the page to the front again
  const before = await painted(page);
  await dragSelect(page, text);
  const toolbar = await armedToolbar(page);
  expect(await toolbar.count('textarea, input, [contenteditable]')).toBe(0);
  await toolbar.click(byTestId('highlight-note-open'));
  await expect.poll(async () => (await toolbarScope(page)) === null).toBe(true);
  await expect.poll(() => painted(page)).toBe(before + 1);
  const item = `${byTestId('panel-highlight')}[aria-current="true"]`;
  await expect.poll(() => panel.texts(item)).toEqual([expect.stringContaining(text)]);
  await panel.fill(`${item} ${NOTE_FIELD}`, note);
  await expect
    .poll(() => panel.attribute(`${item} ${byTestId('highlight-note-state')}`, 'data-state'))
    .toBe('saved');
  return panel;
}

/** The popup, opened as a page acting on `page`'s tab. */
export async function openPopupFor(driver: Driver, page: DriverPage): Promise<DriverPage> {
  const tabId = await driver.tabIdOf(page);
  const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
  await expect.poll(() => popup.attribute(byTestId('page-card'), 'data-format')).not.toBeNull();
  return popup;
}
