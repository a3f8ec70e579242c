import { readFileSync, rmSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { expect, getTabId, openPopup, test } from './fixtures';
import { writeStoryPages, type StoryPages } from './hub/story-pages';
import { highlightWithNote, openPanelFor } from './page-text';

const BODY_PASSAGE = '代码生成基准上的通过率比上一代提升了近两成';
const BODY_NOTE = '代码能力的提升最值得关注';
const SUMMARY_PASSAGE = '参数规模 700 亿';
const SUMMARY_NOTE = '规模和上一代相比如何?';
const HIGHLIGHT_TAG = '代码能力';

let pages: StoryPages;
let server: StaticServer;

test.beforeAll(async () => {
  pages = writeStoryPages();
  server = await startStaticServer(pages.dir);
});
test.afterAll(async () => {
  await server?.close();
  rmSync(pages.dir, { recursive: true, force: true });
});

/** Open a page, highlight `passage` with `note` (which saves the article), and wait until saved. */
async function highlightOn(
  context: BrowserContext,
  sw: Parameters<typeof getTabId>[0],
  extensionId: string,
  file: string,
  passage: string,
  note: string,
) {
  const page = await context.newPage();
  await page.goto(server.url(file));
  const tabId = await getTabId(sw, page);
  const panel = await openPanelFor(context, extensionId, tabId);
  await highlightWithNote(page, passage, note, panel);
  await panel.close();
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'true');
  await popup.close();
  return page;
}

async function openLibrary(context: BrowserContext, extensionId: string, hash = '') {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html${hash}`);
  await expect(page.locator('.lib-app')).toHaveAttribute('data-complete', 'true');
  return page;
}

/** Width, height and how many pixels differ from the first (background) pixel, read in `page`. */
function pngFacts(page: Page, bytes: Buffer) {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let differ = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) > 60) differ++;
    }
    return { width: bitmap.width, height: bitmap.height, differ, pixels: data.length / 4 };
  }, bytes.toString('base64'));
}

test('after the save: hub, reader view at the passage, quote card, digest and daily review', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const [first, second] = pages.pages;
  await highlightOn(
    context,
    serviceWorker,
    extensionId,
    first!.file,
    SUMMARY_PASSAGE,
    SUMMARY_NOTE,
  );
  await highlightOn(context, serviceWorker, extensionId, second!.file, BODY_PASSAGE, BODY_NOTE);

  const library = await openLibrary(context, extensionId);

  await test.step('the hub lists both highlights, newest first, with their notes', async () => {
    await library.getByTestId('library-section-hub').click();
    const items = library.getByTestId('hub-highlight');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText(BODY_PASSAGE);
    await expect(items.nth(0).getByTestId('hub-note')).toHaveText(BODY_NOTE);
    await expect(items.nth(0)).toContainText(second!.title);
    await expect(items.nth(1)).toContainText(SUMMARY_PASSAGE);
    await expect(items.nth(1).getByTestId('hub-note')).toHaveText(SUMMARY_NOTE);
    // Search narrows to the matching note; clearing brings both back.
    await library.getByTestId('hub-search').fill('上一代相比');
    await expect(items).toHaveCount(1);
    await expect(items).toContainText(SUMMARY_PASSAGE);
    await library.getByTestId('hub-clear').click();
    await expect(items).toHaveCount(2);
  });

  await test.step('a highlight is tagged by keyboard, found by its tag, and keeps it after a reload', async () => {
    const items = library.getByTestId('hub-highlight');
    const tagged = items.filter({ hasText: BODY_PASSAGE });
    const untagged = items.filter({ hasText: SUMMARY_PASSAGE });
    const chips = tagged.getByTestId('hub-highlight-tag');
    await tagged.getByTestId('hub-highlight-tag-add').focus();
    await library.keyboard.press('Enter');
    await expect(tagged.getByTestId('hub-highlight-tags').getByRole('combobox')).toBeFocused();
    await library.keyboard.type(HIGHLIGHT_TAG);
    await library.keyboard.press('Enter');
    await expect(chips).toHaveCount(1);
    await expect(chips).toHaveAttribute('data-tag', HIGHLIGHT_TAG);
    // A second tag, then Backspace in the empty field takes the last one off again.
    await library.keyboard.type('临时');
    await library.keyboard.press('Enter');
    await expect(chips).toHaveCount(2);
    await library.keyboard.press('Backspace');
    await expect(chips).toHaveCount(1);
    await expect(chips).toHaveAttribute('data-tag', HIGHLIGHT_TAG);
    await expect(untagged.getByTestId('hub-highlight-tag')).toHaveCount(0);

    // Control: both highlights are listed before the filter.
    await expect(items).toHaveCount(2);
    await expect(untagged).toHaveCount(1);
    await library.getByTestId('hub-tag').selectOption(HIGHLIGHT_TAG);
    await expect(items).toHaveCount(1);
    await expect(tagged).toHaveCount(1);
    await expect(untagged).toHaveCount(0);

    await library.reload();
    await expect(library.locator('.lib-app')).toHaveAttribute('data-complete', 'true');
    if (!(await library.getByTestId('hub').isVisible()))
      await library.getByTestId('library-section-hub').click();
    await expect(library.getByTestId('hub')).toHaveAttribute('data-complete', 'true');
    await expect(items).toHaveCount(2);
    await expect(chips).toHaveCount(1);
    await expect(chips).toHaveAttribute('data-tag', HIGHLIGHT_TAG);
    await library.getByTestId('hub-tag').selectOption(HIGHLIGHT_TAG);
    await expect(items).toHaveCount(1);
    await expect(untagged).toHaveCount(0);
    await library.getByTestId('hub-clear').click();
    await expect(items).toHaveCount(2);
  });

  await test.step('the quote card is a PNG with something drawn on it', async () => {
    const item = library.getByTestId('hub-highlight').nth(0);
    const download = library.waitForEvent('download');
    await item.getByTestId('quote-card').click();
    const file = await (await download).path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
    const facts = await pngFacts(library, bytes);
    expect(facts.width).toBe(1440);
    expect(facts.height).toBeGreaterThan(600);
    // Text and the QR code: a good share of the pixels are not the background.
    expect(facts.differ / facts.pixels).toBeGreaterThan(0.02);
  });

  await test.step('a click opens the reader view at the passage, in the summary box', async () => {
    await library
      .getByTestId('hub-highlight')
      .filter({ hasText: SUMMARY_PASSAGE })
      .getByTestId('hub-open')
      .click();
    const text = library.getByTestId('reader-text');
    await expect(text).toBeVisible();
    const mark = library.getByTestId('reader-summary').getByTestId('reader-mark');
    await expect(mark).toHaveText(SUMMARY_PASSAGE);
    await expect(mark).toBeFocused();
    await expect(library.getByTestId('reader-note')).toContainText(SUMMARY_NOTE);
    await expect(library.getByTestId('reader-in-summary')).toBeVisible();
    // The rest of the saved text is there too, and nothing was left unfound.
    await expect(text).toContainText(first!.body[0]!);
    await expect(library.getByTestId('reader-orphans')).toHaveCount(0);
    await library.getByTestId('reader-back').click();
    await expect(library.getByTestId('hub')).toBeVisible();
  });

  await test.step('the article view shows the summary highlight in its context', async () => {
    await library.getByTestId('library-section-articles').click();
    await library.getByTestId('library-item').filter({ hasText: first!.title }).click();
    const excerpt = library.getByTestId('library-excerpt');
    await expect(excerpt).toContainText(SUMMARY_PASSAGE);
    await expect(excerpt.getByTestId('excerpt-in-summary')).toBeVisible();
    // The context around it is the summary's own words.
    await expect(excerpt).toContainText('星河实验室周二发布开源权重大模型');
    await expect(excerpt).not.toContainText('no longer found');
  });

  await test.step('the digest groups the two retellings of one story', async () => {
    await library.getByTestId('library-section-digest').click();
    const story = library.getByTestId('digest-story');
    await expect(story).toHaveCount(1);
    await expect(story).toHaveAttribute('data-count', '2');
    await expect(story.getByTestId('digest-article')).toHaveCount(2);
    await expect(story.getByTestId('digest-highlight')).toHaveCount(2);
    await expect(story).toContainText(first!.summary);
  });

  await test.step('nothing to review the day the highlights were made', async () => {
    await library.getByTestId('library-section-review').click();
    await expect(library.getByTestId('review-empty')).toBeVisible();
  });
});

test('three days later the daily review shows one at a time and "done" moves on', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const [first, second] = pages.pages;
  await highlightOn(
    context,
    serviceWorker,
    extensionId,
    first!.file,
    SUMMARY_PASSAGE,
    SUMMARY_NOTE,
  );
  const article = await highlightOn(
    context,
    serviceWorker,
    extensionId,
    second!.file,
    BODY_PASSAGE,
    BODY_NOTE,
  );
  const later = Date.now() + 3 * 86_400_000;

  // The popup shows the count (and shows none on the day itself: the positive control below).
  const tabId = await getTabId(serviceWorker, article);
  const today = await openPopup(context, extensionId, tabId);
  await expect(today.getByTestId('open-library')).toBeVisible();
  await expect(today.getByTestId('popup-review')).toHaveCount(0);
  const popup = await context.newPage();
  await popup.clock.install({ time: later });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('popup-review')).toHaveAttribute('data-count', '2');

  const page = await context.newPage();
  await page.clock.install({ time: later });
  await page.goto(`chrome-extension://${extensionId}/library.html#review`);
  const card = page.getByTestId('review-card');
  await expect(card).toHaveCount(1);
  await expect(page.getByTestId('review-left')).toHaveAttribute('data-left', '2');
  await expect(page.getByTestId('review-count')).toHaveText('2');
  const firstId = await card.getAttribute('data-id');
  await page.getByTestId('review-done').click();
  await expect(card).not.toHaveAttribute('data-id', firstId!);
  await expect(page.getByTestId('review-left')).toHaveAttribute('data-left', '1');
  // The keyboard works too: K keeps the second one, and today's review is over.
  await card.focus();
  await page.keyboard.press('k');
  await expect(page.getByTestId('review-empty')).toBeVisible();
  // The answers are kept: a reload offers nothing more today.
  await page.reload();
  await expect(page.getByTestId('review-empty')).toBeVisible();
});
