import { expect, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { locateText, type TextSpot } from './driver/locate-text';
import { getTabId } from './fixtures';

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
 * Wait until a quick-read page has the extension's annotator (its badge says so): the background
 * injects it once the page's title is known, and a reader selects only after the page shows.
 */
export async function whenRecognized(page: Page): Promise<void> {
  if (!/[\u3400-\u9fff]/.test(await page.title())) return;
  const sw = page.context().serviceWorkers()[0];
  if (!sw) return;
  await page.bringToFront();
  const [tabId] = await sw.evaluate(async () =>
    (await chrome.tabs.query({ active: true })).map((t) => t.id ?? -1),
  );
  await expect
    .poll(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!), {
      timeout: 30_000,
    })
    .not.toBe('');
}

/**
 * Select `text` on the page as a reader does: a real mouse drag from its first to its last
 * character (trusted events, with user activation), then release the mouse.
 */
export async function selectText(page: Page, text: string): Promise<void> {
  await whenRecognized(page);
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
export async function extensionFrame(page: Page, timeout = 15_000): Promise<Frame> {
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

/** The in-page toolbar once it is shown and armed (visible long enough to take a click). */
export async function armedToolbar(page: Page): Promise<Frame> {
  const frame = await extensionFrame(page);
  await frame.locator('[data-testid="highlight-toolbar"][data-armed="true"]').waitFor();
  return frame;
}

/** Select `text` by hand and press Highlight in the extension frame. */
export async function highlightByHand(page: Page, text: string): Promise<Frame> {
  await selectText(page, text);
  const frame = await armedToolbar(page);
  await frame.getByTestId('highlight-add').click();
  return frame;
}

/**
 * The side panel as a page pinned to the tab of `page` (`sidepanel.html?tabId=N`), shown once it
 * has loaded the tab's article or page.
 */
export async function openPanelFor(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByTestId('panel-article').waitFor();
  return panel;
}

/** `url` opened in a new tab, and the side panel acting on that tab. */
export async function pageWithPanel(
  context: BrowserContext,
  sw: Worker,
  extensionId: string,
  url: string,
): Promise<{ page: Page; tabId: number; panel: Page }> {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await getTabId(sw, page);
  const panel = await openPanelFor(context, extensionId, tabId);
  return { page, tabId, panel };
}

/** Write `note` on the highlight of `text` in the side panel, and wait until it is kept. */
export async function writeNoteInPanel(panel: Page, text: string, note: string): Promise<void> {
  const item = panel.getByTestId('panel-highlight').filter({ hasText: text });
  await item.getByTestId('highlight-note').fill(note);
  await item
    .locator('[data-testid="highlight-note-state"][data-state="saved"]')
    .waitFor({ timeout: 10_000 });
}

/** Highlight `text` by hand on `page` and give it `note` in the side panel pinned to its tab. */
export async function highlightWithNote(
  page: Page,
  text: string,
  note: string,
  panel: Page,
): Promise<void> {
  await page.bringToFront();
  await highlightByHand(page, text);
  await panel.getByTestId('panel-highlight').filter({ hasText: text }).waitFor();
  await writeNoteInPanel(panel, text, note);
}

/**
 * Run a browser command of the extension (Alt+Shift+H…) as the browser would for `tabId`, through
 * the hook only the test build has (`npm run build:e2e`).
 */
export function runCommand(sw: Worker, command: string, tabId: number) {
  return sw.evaluate(
    ([c, id]) => {
      const run = (globalThis as { anaRunCommand?: (c: string, id: number) => Promise<void> })
        .anaRunCommand;
      if (!run)
        throw new Error('anaRunCommand is missing: load the test build (npm run build:e2e)');
      return run(c, id);
    },
    [command, tabId] as const,
  );
}

/** How many toolbars the extension frame shows (0 when there is no frame at all). */
export async function toolbarsShown(page: Page): Promise<number> {
  const frame = page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/frame\.html/.test(f.url()));
  return frame ? frame.getByTestId('highlight-toolbar').count() : 0;
}
