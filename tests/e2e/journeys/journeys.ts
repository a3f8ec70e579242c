// The reader's journeys, written once over the driver and run in every browser.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { StaticServer } from '../../../scripts/static-server.mjs';
import {
  dragSelect,
  highlightWithNote,
  openPopupFor,
  painted,
  scriptSelect,
  toolbarShowings,
  waitForToolbar,
  whenRecognized,
} from '../driver/steps';
import { byTestId, type Driver, type DriverPage, type LaunchDriver } from '../driver/types';

const TITLE = '苹果AI团队大将被挖走14亿';
const PASSAGE = '基础模型团队负责人庞若鸣宣布加入Meta';
const NOTE = '人才流失的关键一步';

const quickread = (server: StaticServer) => server.url('quickread-wordpress.html');

/** The badge marks a quick-read article, and stays empty on a page that is not one. */
export async function recognize(driver: Driver, server: StaticServer) {
  // The page that is not an article loads first; once the article after it has its badge, the
  // other page's load was seen too, and its badge is still empty.
  const other = await driver.openPage(server.url('non-article.html'));
  const otherTab = await driver.tabIdOf(other);
  const article = await driver.openPage(quickread(server));
  const articleTab = await driver.tabIdOf(article);
  await expect.poll(() => driver.badge(articleTab)).not.toBe('');
  expect(await driver.badge(otherTab)).toBe('');
}

/** The popup shows what the page is, saves it, lists it, and the badge says it is saved. */
export async function popupSaves(driver: Driver, server: StaticServer) {
  const page = await driver.openPage(quickread(server));
  const popup = await openPopupFor(driver, page);
  const card = byTestId('page-card');
  const save = byTestId('save-article');
  expect(await popup.attribute(card, 'data-format')).toBe('quickread');
  expect((await popup.texts(card)).join('')).toContain(TITLE);
  expect(await popup.attribute(save, 'data-saved')).toBe('false');
  expect(await popup.count(byTestId('saved-item'))).toBe(0);
  await popup.click(save);
  await expect.poll(() => popup.attribute(save, 'data-saved')).toBe('true');
  await expect
    .poll(() => popup.texts(byTestId('saved-item')))
    .toEqual([expect.stringContaining(TITLE)]);
  const tabId = await driver.tabIdOf(page);
  await expect.poll(() => driver.badge(tabId)).toBe('✓');
}

/** The popup's open detail lists the passage with the note written for it. */
async function expectDetailNote(popup: DriverPage) {
  await expect
    .poll(() => popup.texts(byTestId('detail-highlight')))
    .toEqual([expect.stringContaining(PASSAGE)]);
  const notes = await popup.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].map(
        (el) => el.textContent + ((el as HTMLTextAreaElement).value ?? ''),
      ),
    `${byTestId('detail-highlight')}, ${byTestId('detail-highlight')} textarea`,
  );
  expect(notes.join(' ')).toContain(NOTE);
}

/** A real drag → the toolbar → a highlight with a note, painted again after a reload. */
export async function highlightAndRepaint(driver: Driver, server: StaticServer) {
  const page = await driver.openPage(quickread(server));
  expect(await painted(page)).toBe(0);
  await highlightWithNote(driver, page, PASSAGE, NOTE);
  await page.reload();
  await expect.poll(() => painted(page)).toBe(1);

  // The note was kept with the highlight: the popup lists both.
  const popup = await openPopupFor(driver, page);
  await expect.poll(() => popup.attribute(byTestId('save-article'), 'data-saved')).toBe('true');
  await popup.click(byTestId('saved-item'));
  await expectDetailNote(popup);
}

/** Export from the popup, import into a fresh profile, export again: the same file. */
export async function exportImportRoundTrip(
  driver: Driver,
  server: StaticServer,
  launch: LaunchDriver,
) {
  const page = await driver.openPage(quickread(server));
  await highlightWithNote(driver, page, PASSAGE, NOTE);
  const popup = await openPopupFor(driver, page);
  await expect.poll(() => popup.count(byTestId('saved-item'))).toBe(1);
  const exported = await popup.download(byTestId('export-json'));
  const file = JSON.parse(exported);
  expect(file.format).toBe('ai-news-annotator');
  expect(file.articles).toHaveLength(1);
  expect(file.articles[0].highlights).toMatchObject([{ text: PASSAGE, note: NOTE }]);

  const fresh = await launch();
  const blank = await fresh.openPage(server.url('non-article.html'));
  const freshPopup = await openPopupFor(fresh, blank);
  expect(await freshPopup.count(byTestId('saved-item'))).toBe(0);
  await freshPopup.setInputFile(byTestId('import-json'), 'export.json', exported);
  await expect.poll(() => freshPopup.count(byTestId('import-result'))).toBe(1);
  await expect
    .poll(() => freshPopup.texts(byTestId('saved-item')))
    .toEqual([expect.stringContaining(TITLE)]);
  const again = await freshPopup.download(byTestId('export-json'));
  const strip = (s: string) => s.replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');
  expect(strip(again)).toBe(strip(exported));
}

/** A selection the page makes by script is offered nothing; the reader's own drag is. */
export async function hostileSelectionOffersNothing(driver: Driver, server: StaticServer) {
  const page = await driver.openPage(quickread(server));
  await whenRecognized(driver, page);
  await scriptSelect(page, PASSAGE);
  expect(await page.evaluate(() => document.getSelection()?.toString() ?? '', null)).toBe(PASSAGE);

  // Positive control: the same passage selected by the reader's mouse offers the toolbar — and
  // that is the first time the frame showed it (the script's selection was offered nothing).
  await page.mouseClick({ x: 5, y: 5 });
  await dragSelect(page, PASSAGE);
  await waitForToolbar(page);
  expect(await toolbarShowings(page), 'toolbar shown for a script selection').toBe(1);
}

/**
 * The side panel (`sidepanel.html?tabId=N`; Firefox's `sidebar_action`) lists a highlight as soon
 * as the reader adds it on the page, without being reloaded; Note in the page's toolbar hands the
 * new highlight to the panel with its note field focused, and what is typed there is kept.
 */
export async function sidePanelShowsHighlightLive(driver: Driver, server: StaticServer) {
  const page = await driver.openPage(quickread(server));
  const panel = await highlightWithNote(driver, page, PASSAGE, NOTE);
  await expect
    .poll(() => panel.texts(byTestId('panel-highlight')))
    .toEqual([expect.stringContaining(PASSAGE)]);
  expect(await panel.attribute(byTestId('panel-highlight'), 'data-orphan')).toBe('false');
  // The note typed in the panel is the one the popup shows with the highlight.
  const popup = await openPopupFor(driver, page);
  await popup.click(byTestId('saved-item'));
  await expectDetailNote(popup);
}

/** The UI strings of one locale, read from the build's own message files. */
export function messages(locale: 'en' | 'zh_CN'): Record<string, string> {
  const raw = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.message]));
}

/** With the browser's UI in Chinese, the popup and the badge speak Chinese. */
export async function popupInChinese(launch: LaunchDriver, server: StaticServer) {
  const zh = messages('zh_CN');
  const en = messages('en');
  for (const key of [
    'formatQuickread',
    'save',
    'saved',
    'popupUpdate',
    'exportJson',
    'badgeQuickRead',
  ])
    expect(zh[key], key).not.toBe(en[key]);

  const driver = await launch({ locale: 'zh-CN' });
  const page = await driver.openPage(quickread(server));
  await expect.poll(async () => driver.badge(await driver.tabIdOf(page))).toBe(zh.badgeQuickRead);
  const popup = await openPopupFor(driver, page);
  expect((await popup.texts(byTestId('page-card'))).join('')).toContain(zh.formatQuickread);
  expect(await popup.texts(byTestId('save-article'))).toEqual([zh.save]);
  expect(await popup.texts(byTestId('export-json'))).toEqual([zh.exportBackupJson]);
  await popup.click(byTestId('save-article'));
  // Saved: a status says so, and the button offers to update the saved copy.
  await expect.poll(() => popup.texts(byTestId('save-status'))).toEqual([zh.saved]);
  expect(await popup.texts(byTestId('save-article'))).toEqual([zh.popupUpdate]);
}

/**
 * The library's highlights hub lists a highlight made on the page with its note; a click opens the
 * saved text in the reader view with the passage painted there.
 */
export async function hubListsHighlight(driver: Driver, server: StaticServer) {
  const page = await driver.openPage(quickread(server));
  await highlightWithNote(driver, page, PASSAGE, NOTE);
  const library = await driver.openExtensionPage('library.html#hub');
  await expect
    .poll(() => library.texts(byTestId('hub-highlight')))
    .toEqual([expect.stringContaining(PASSAGE)]);
  expect(await library.texts(byTestId('hub-note'))).toEqual([NOTE]);
  expect((await library.texts(byTestId('hub-highlight'))).join('')).toContain(TITLE);
  // Each highlight offers its own tag editor, with no tags yet.
  expect(
    await library.count(`${byTestId('hub-highlight')} ${byTestId('hub-highlight-tags')}`),
  ).toBe(1);
  expect(await library.count(byTestId('hub-highlight-tag'))).toBe(0);
  await library.click(byTestId('hub-open'));
  await expect.poll(() => library.count(byTestId('reader-text'))).toBe(1);
  expect(await library.texts(byTestId('reader-mark'))).toEqual([PASSAGE]);
  await library.click(byTestId('reader-mark'));
  await expect
    .poll(() => library.texts(byTestId('reader-note')))
    .toEqual([expect.stringContaining(NOTE)]);
}
