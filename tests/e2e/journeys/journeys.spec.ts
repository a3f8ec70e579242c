import { test } from '../driver/fixture';
import {
  exportImportRoundTrip,
  highlightAndRepaint,
  hostileSelectionOffersNothing,
  hubListsHighlight,
  popupInChinese,
  popupSaves,
  recognize,
  sidePanelShowsHighlightLive,
} from './journeys';

// The same journeys in every browser project of playwright.config.ts (Chromium, Firefox).

test('the badge marks a quick-read article and nothing else', async ({ driver, server }) => {
  await recognize(driver, server);
});

test('the popup shows the page card and saves the article', async ({ driver, server }) => {
  await popupSaves(driver, server);
});

test('a real drag → toolbar → highlight with a note → painted again after a reload', async ({
  driver,
  server,
}) => {
  await highlightAndRepaint(driver, server);
});

test('export, import into a fresh profile, export again: the same file', async ({
  driver,
  server,
  launch,
}) => {
  await exportImportRoundTrip(driver, server, launch);
});

test('a selection made by the page’s script offers nothing; the reader’s drag does', async ({
  driver,
  server,
}) => {
  await hostileSelectionOffersNothing(driver, server);
});

test('the side panel shows a new highlight live', async ({ driver, server }) => {
  await sidePanelShowsHighlightLive(driver, server);
});

test('with a Chinese browser UI the popup and the badge are in Chinese', async ({
  launch,
  server,
}) => {
  await popupInChinese(launch, server);
});

test('the library’s highlights hub lists the highlight and opens it in the reader view', async ({
  driver,
  server,
}) => {
  await hubListsHighlight(driver, server);
});
