import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  backgroundWorker,
  expect,
  getTabId,
  launchWithExtension,
  openPopup,
  test,
} from './fixtures';
import { highlightWithNote, openPanelFor } from './page-text';

const PASSAGE = '苹果高层在2026年批准了数十亿美元的预算';

async function highlightPassage(page: Page, panel: Page, text: string, note: string) {
  await highlightWithNote(page, text, note, panel);
}

async function download(popup: Page, testId: string, path: string): Promise<string> {
  const [file] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByTestId(testId).click(),
  ]);
  await file.saveAs(path);
  return readFile(path, 'utf8');
}

test('export from the popup, import into a fresh browser profile, and get the same file back', async ({
  context,
  serviceWorker,
  extensionId,
  server,
}, testInfo) => {
  const page = await context.newPage();
  await page.goto(server.url('quickread-wordpress.html'));
  const panel = await openPanelFor(context, extensionId, await getTabId(serviceWorker, page));
  await highlightPassage(page, panel, PASSAGE, '预算的规模值得记下');
  const popup = await openPopup(context, extensionId, await getTabId(serviceWorker, page));
  await expect(popup.getByTestId('save-article')).toHaveAttribute('data-saved', 'true');
  await popup.getByTestId('show-related').click();
  await popup.getByTestId('keep-later').first().click();
  await expect(popup.getByTestId('keep-later').first()).toHaveAttribute('aria-pressed', 'true');

  const exported = await download(popup, 'export-json', testInfo.outputPath('export.json'));
  const file = JSON.parse(exported);
  expect(file.format).toBe('ai-news-annotator');
  expect(file.articles).toHaveLength(1);
  const [article] = file.articles;
  expect(article.title).toBe('苹果AI团队大将被挖走14亿,骨干接连离职');
  expect(article.summary).toContain('苹果在AI领域落后于OpenAI和Meta');
  expect(article.highlights).toHaveLength(1);
  expect(article.highlights[0]).toMatchObject({ text: PASSAGE, note: '预算的规模值得记下' });
  expect(article.highlights[0].selector.exact).toBe(PASSAGE);
  const kept = file.links.filter((l: { savedForLater: boolean }) => l.savedForLater);
  expect(kept).toHaveLength(1);
  expect(kept[0].fromArticles).toEqual([article.url]);

  // One saved article: its note, one Markdown file with front matter.
  const markdown = await download(popup, 'export-notes', testInfo.outputPath('note.md'));
  expect(markdown).toMatch(/^---\ntitle: ".*苹果AI团队大将被挖走14亿/);
  expect(markdown).toContain(`> ${PASSAGE}`);
  const jsonld = JSON.parse(
    await download(popup, 'export-jsonld', testInfo.outputPath('export.jsonld')),
  );
  expect(JSON.stringify(jsonld)).toContain('TextQuoteSelector');

  // A fresh profile: nothing saved, then the import brings everything back.
  const dir = mkdtempSync(join(tmpdir(), 'ana-fresh-'));
  const fresh = await launchWithExtension(dir);
  try {
    const sw = await backgroundWorker(fresh);
    const freshId = new URL(sw.url()).host;
    const blank = await fresh.newPage();
    const freshPopup = await openPopup(fresh, freshId, await getTabId(sw, blank));
    await expect(freshPopup.getByTestId('saved-item')).toHaveCount(0);
    await freshPopup.getByTestId('import-json').setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(freshPopup.getByTestId('import-result')).toBeVisible();
    await expect(freshPopup.getByTestId('saved-item')).toHaveCount(1);
    await expect(freshPopup.getByTestId('saved-item')).toContainText('苹果AI团队大将');
    await freshPopup.getByTestId('saved-item').press('Enter');
    await expect(freshPopup.getByTestId('detail-highlight')).toContainText(PASSAGE);
    await freshPopup.keyboard.press('Escape');

    const again = await download(freshPopup, 'export-json', testInfo.outputPath('again.json'));
    const strip = (s: string) => s.replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');
    expect(strip(again)).toBe(strip(exported));
  } finally {
    await fresh.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
