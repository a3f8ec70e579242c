import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { libraryExport } from '../bench/library-data.mjs';
import { expect, getTabId, openPopup, test } from './fixtures';

const GENERATED = 10_000;
const stories = JSON.parse(readFileSync('tests/fixtures/stories/articles.json', 'utf8')) as {
  articles: {
    url: string;
    title: string;
    summary: string;
    keywords: string[];
    publishedAt: string;
  }[];
};

/** The generated library plus the fixture articles of several stories, as one export file. */
function libraryFile(now: number): string {
  const file = libraryExport(GENERATED, { now });
  const saved = new Date(now - 3_600_000).toISOString();
  for (const a of stories.articles) {
    file.articles.push({
      url: a.url,
      format: 'quickread',
      title: a.title,
      publishedAt: a.publishedAt,
      source: new URL(a.url).host,
      summary: a.summary,
      keywords: a.keywords,
      aiGenerated: true,
      bodyText: `${a.summary}\n${a.title}`,
      related: [],
      savedAt: saved,
      updatedAt: saved,
      note: '',
      highlights: [],
    });
  }
  return JSON.stringify(file);
}

const TOTAL = GENERATED + stories.articles.length;

async function counts(page: Page) {
  const count = page.getByTestId('library-count');
  return {
    shown: Number(await count.getAttribute('data-shown')),
    total: Number(await count.getAttribute('data-total')),
  };
}

async function expectShown(page: Page, shown: number) {
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-shown', String(shown));
}

test('the library at 10,000 articles: sort, filter, search, tag, delete and undo, charts, stories', async ({
  context,
  serviceWorker,
  extensionId,
}, testInfo) => {
  test.setTimeout(180_000);
  const path = testInfo.outputPath('library.json');
  writeFileSync(path, libraryFile(Date.now()));
  const blank = await context.newPage();
  const popup = await openPopup(context, extensionId, await getTabId(serviceWorker, blank));
  await popup.getByTestId('import-json').setInputFiles(path);
  await expect(popup.getByTestId('import-result')).toBeVisible({ timeout: 90_000 });

  // The popup's button opens the library in a tab.
  const opened = context.waitForEvent('page');
  await popup.getByTestId('open-library').click();
  const page = await opened;
  await page.waitForURL(`chrome-extension://${extensionId}/library.html`);
  await expect(page.locator('.lib-app')).toHaveAttribute('data-complete', 'true', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', String(TOTAL));
  const rendered = await page.getByTestId('library-item').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100); // a virtual list: only the rows in view exist

  await test.step('sort by published date, oldest first', async () => {
    await page.getByTestId('library-sort').selectOption('published');
    await page.getByTestId('library-order').click();
    await expect(page.getByTestId('library-item').first()).toHaveAttribute(
      'data-url',
      'https://site-a.example.com/2025/03/04/orion-2',
    );
    await page.getByTestId('library-sort').selectOption('saved');
    await expect(page.getByTestId('library-item').first()).toHaveAttribute(
      'data-url',
      /site-|news\.example\.com\/a\/0$/,
    );
  });

  await test.step('filter by source', async () => {
    await page.getByTestId('library-source').selectOption('TechWire');
    const { shown } = await counts(page);
    expect(shown).toBeGreaterThan(1000);
    expect(shown).toBeLessThan(2000);
    for (const meta of await page.locator('.lib-item-meta').allTextContents()) {
      expect(meta).toContain('TechWire');
    }
    await page.getByTestId('library-clear-filters').click();
    await expectShown(page, TOTAL);
  });

  await test.step('narrow by two keywords, found by typing, picked by keyboard and mouse', async () => {
    const file = JSON.parse(readFileSync(path, 'utf8')) as { articles: { keywords: string[] }[] };
    const carrying = (...keywords: string[]) =>
      file.articles.filter((a) => keywords.every((k) => a.keywords.includes(k))).length;
    const one = carrying('星河实验室');
    const both = carrying('星河实验室', '开源');
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(one); // the second keyword narrows
    const field = page.getByTestId('library-keyword');
    await field.fill('星河');
    await expect(page.getByTestId('library-keyword-option').first()).toContainText('星河实验室');
    await field.press('Enter');
    const chips = page.getByTestId('library-keyword-chip');
    await expect(chips).toHaveCount(1);
    await expect(chips).toHaveAttribute('data-keyword', '星河实验室');
    await expectShown(page, one);
    await field.fill('开源');
    await page
      .getByTestId('library-keyword-option')
      .filter({ has: page.getByText('开源', { exact: true }) })
      .click();
    await expect(chips).toHaveCount(2);
    await expectShown(page, both);
    // A keyword no article has is said so, and picks nothing.
    await field.fill('没有这个关键词');
    await expect(page.getByTestId('library-keyword-none')).toBeVisible();
    await field.press('Enter');
    await expect(chips).toHaveCount(2);
    // Backspace in the empty field takes the last keyword off.
    await field.fill('');
    await field.press('Backspace');
    await expect(chips).toHaveCount(1);
    await expectShown(page, one);
    await page.getByTestId('library-clear-filters').click();
    await expect(chips).toHaveCount(0);
    await expectShown(page, TOTAL);
  });

  await test.step('search the body, any case, with the matching passage', async () => {
    await page.getByTestId('library-search').fill('BODY-MARKER-4321');
    await expectShown(page, 1);
    await expect(page.getByTestId('library-item')).toHaveAttribute(
      'data-url',
      'https://news.example.com/a/4321',
    );
    await expect(page.getByTestId('library-snippet')).toHaveAttribute('data-field', 'body');
    await expect(page.locator('.lib-snippet mark')).toHaveText('body-marker-4321');
  });

  await test.step('tag an article, then filter by the tag', async () => {
    await page.getByTestId('library-item').click();
    await expect(page.getByTestId('library-article')).toBeVisible();
    await page.getByTestId('tag-input').fill('  Follow up ');
    await page.getByTestId('tag-input').press('Enter');
    await expect(page.getByTestId('article-tag')).toHaveText(/Follow up/);
    await expect(page.getByTestId('library-item-tag')).toHaveText('Follow up');
    await page.getByTestId('library-search').fill('');
    await expectShown(page, TOTAL);
    await page.getByTestId('library-tag').selectOption('Follow up');
    await expectShown(page, 1);
    await page.getByTestId('library-clear-filters').click();
    await page.getByTestId('library-close').click();
  });

  await test.step('select many, delete them, and undo', async () => {
    await page.getByTestId('library-search').fill('body-marker-12');
    await expectShown(page, 111); // 12, 120–129, 1200–1299
    await page.getByTestId('library-select-all').click();
    await expect(page.getByTestId('library-selected-count')).toContainText('111');
    await page.getByTestId('library-delete').click();
    await expect(page.getByTestId('library-undo-toast')).toBeVisible();
    await expectShown(page, 0);
    await expect(page.getByTestId('library-count')).toHaveAttribute(
      'data-total',
      String(TOTAL - 111),
    );
    await page.getByTestId('library-undo').click();
    await expectShown(page, 111);
    await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', String(TOTAL));
    await page.getByTestId('library-search').fill('');
  });

  await test.step('a click on a chart filters the list', async () => {
    await page.getByTestId('library-view-charts').click();
    await expect(page.getByTestId('library-chart')).toHaveCount(3);
    const chart = page.locator('[data-chart="keywords"] .u-over');
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart');
    // The last week, at the height of its highest point: the top keyword of this week.
    await chart.click({ position: { x: box.width - 2, y: 4 } });
    await expect(page.getByTestId('library-list')).toBeVisible();
    const chip = page.getByTestId('library-keyword-chip');
    await expect(chip).toHaveCount(1);
    const keyword = (await chip.getAttribute('data-keyword')) ?? '';
    expect(keyword).not.toBe('');
    expect(await page.getByTestId('library-from').inputValue()).not.toBe('');
    const { shown } = await counts(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(TOTAL);
    for (const meta of await page.locator('.lib-kw').allTextContents()) {
      expect(meta).toContain(keyword);
    }
    await page.getByTestId('library-clear-filters').click();
  });

  await test.step('two sites on one story are clustered, an unrelated article is not', async () => {
    await page.getByTestId('library-view-stories').click();
    const orion = page
      .getByTestId('library-story')
      .filter({ has: page.locator('[data-url="https://site-b.example.org/news/88123"]') });
    await expect(orion).toHaveCount(1);
    await expect(orion.getByTestId('library-story-article')).toHaveCount(3);
    await expect(orion.getByTestId('library-story-span')).toContainText('2025-03-04');
    await expect(orion.getByTestId('library-story-span')).toContainText('2025-03-05');
    const chips = page.getByTestId('library-story').filter({
      has: page.locator('[data-url="https://site-c.example.net/chips/h300-mass-production"]'),
    });
    await expect(chips.getByTestId('library-story-article')).toHaveCount(2);
    // Same topic, another story: in no cluster.
    await expect(
      page.locator('[data-url="https://site-a.example.com/2025/03/06/beichen-7b"]'),
    ).toHaveCount(0);
    await expect(
      page.locator('[data-url="https://site-a.example.com/2025/03/12/lumen-x9"]'),
    ).toHaveCount(0);
    // The generated library has stories too (each told twice).
    expect(await page.getByTestId('library-story').count()).toBeGreaterThan(50);

    await orion.getByTestId('library-story-article').first().click();
    await expect(page.getByTestId('library-on-this-story')).toContainText('Orion-2');
    await expect(
      page.getByTestId('library-on-this-story').getByTestId('library-story-article'),
    ).toHaveCount(3);
  });
});
