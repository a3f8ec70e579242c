import { chromium, test, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTOMATION_ARGS, chromiumPath, extensionArgs } from '../../scripts/chromium.mjs';
import { EXTENSION_PATH, backgroundWorker } from './fixtures';

/*
 * The popup speaks one language at a time. Chromium runs with a Chinese UI (`--lang=zh-CN`, which
 * needs Debian's chromium-l10n) and every error path a reader can reach here is walked: a
 * malformed import, a storage quota that is full, a file too large, a worker-side failure. None
 * may show an English sentence. The same check run with `--lang=en` finds English: the check
 * itself works.
 */

/** Chinese punctuation is full-width: `fw('(a):')` is `（a）：`. */
const fw = (text: string) =>
  text.replace(/[(),:;]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Three ASCII words in a row: an English sentence, or part of one. */
const ENGLISH_RUN = /[A-Za-z]+(?:[\s,.'’-]+[A-Za-z]+){2,}/;

type Lang = 'zh-CN' | 'zh-TW' | 'en';

async function launch(
  lang: Lang,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'ana-i18n-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...extensionArgs(EXTENSION_PATH), ...AUTOMATION_ARGS, `--lang=${lang}`],
    env: {
      ...process.env,
      LANGUAGE: lang.replace('-', '_'),
      LANG: `${lang.replace('-', '_')}.UTF-8`,
    },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPopup(context: BrowserContext): Promise<{ popup: Page; origin: string }> {
  const sw = await backgroundWorker(context);
  const origin = `chrome-extension://${new URL(sw.url()).host}`;
  const popup = await context.newPage();
  await popup.goto(`${origin}/popup.html`);
  await expect(popup.getByTestId('page-card')).toBeVisible();
  return { popup, origin };
}

const NOW = new Date().toISOString();

function article(n: number) {
  return {
    url: `https://news.example.com/a/${n}`,
    format: 'quickread',
    title: `大模型新闻${n}`,
    publishedAt: '2025-01-14',
    source: '科技日报',
    summary: '快速阅读',
    keywords: ['大模型'],
    aiGenerated: true,
    bodyText: '正文。',
    related: [],
    savedAt: NOW,
    updatedAt: NOW,
    note: '',
    highlights: [],
  };
}

/** A file with problems of many kinds; its own values hold no spaces, so no English comes from them. */
function malformedFile(): string {
  const bad = [article(1), article(2), article(3), article(4)] as Record<string, unknown>[];
  bad[1]!.url = 'javascript:alert(1)';
  delete bad[2]!.title;
  bad[3]!.updatedAt = '9999-12-31T00:00:00.000Z';
  bad[0]!.keywords = 'AI';
  const links = Array.from({ length: 40 }, (_, i) => ({ url: `ftp://x/${i}` }));
  return JSON.stringify({
    format: 'ai-news-annotator',
    version: 1,
    exportedAt: NOW,
    articles: bad,
    links,
  });
}

async function importText(popup: Page, name: string, text: string): Promise<string> {
  await popup.getByTestId('import-json').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const alert = popup.getByTestId('error');
  await expect(alert).toBeVisible();
  return (await alert.textContent()) ?? '';
}

/** The text with the file's own values (addresses, timestamps) taken out. */
const withoutFileValues = (text: string) =>
  text
    .replace(/javascript:alert\(1\)|ftp:\/\/x\/\d+|9999-12-31T00:00:00\.000Z/g, '')
    .replace(/\bJSON\b/g, '');

const zhMessages = JSON.parse(
  readFileSync('public/_locales/zh_CN/messages.json', 'utf8'),
) as Record<string, { message: string }>;

test.describe('with the Chinese UI', () => {
  let session: Awaited<ReturnType<typeof launch>>;
  test.beforeEach(async () => {
    session = await launch('zh-CN');
  });
  test.afterEach(async () => session.close());

  test('the popup is Chinese before it shows anything, and says so in its lang', async () => {
    const { popup } = await openPopup(session.context);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    await expect(popup).toHaveTitle(zhMessages.extName!.message);
    const text = (await popup.locator('body').innerText()).replace(/\bJSON\b/g, '');
    expect(text).not.toMatch(ENGLISH_RUN);
  });

  test('a malformed import lists its problems in Chinese, 1-based and by title', async () => {
    const { popup } = await openPopup(session.context);
    const text = await importText(popup, 'broken.json', malformedFile());
    expect(text).toContain('无法导入此文件');
    expect(text).toContain(fw('第 2 篇文章(《大模型新闻2》):地址不是网址'));
    expect(text).toContain(fw('第 3 篇文章:缺少标题'));
    expect(text).toContain(fw('第 4 篇文章(《大模型新闻4》):修改时间是未来的时间'));
    expect(text).toMatch(/……还有 \d+ 个问题/);
    expect(withoutFileValues(text)).not.toMatch(ENGLISH_RUN);
    await expect(popup.getByTestId('saved-item')).toHaveCount(0);
  });

  test('a file that is not JSON, and one too large to read, are refused in Chinese', async () => {
    const { popup } = await openPopup(session.context);
    const notJson = await importText(popup, 'notes.json', '{"format": ');
    expect(notJson).toContain('不是有效的 JSON');
    expect(withoutFileValues(notJson)).not.toMatch(ENGLISH_RUN);

    // 201 MiB of nothing (a sparse file): refused by its size, before it is read.
    const huge = join(mkdtempSync(join(tmpdir(), 'ana-huge-')), 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 201 * 1024 * 1024);
    try {
      await popup.getByTestId('import-json').setInputFiles(huge);
      await expect(popup.getByTestId('error')).toContainText(fw('文件太大,无法导入(201 MB'));
      const text = (await popup.getByTestId('error').textContent()) ?? '';
      expect(text).not.toMatch(ENGLISH_RUN);
    } finally {
      rmSync(huge);
    }
  });

  test('a full storage quota is reported in Chinese, and nothing is imported', async () => {
    const { popup, origin } = await openPopup(session.context);
    const cdp = await session.context.newCDPSession(popup);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 64 * 1024 });
    const big = JSON.stringify({
      format: 'ai-news-annotator',
      version: 1,
      exportedAt: NOW,
      articles: Array.from({ length: 200 }, (_, i) => ({
        ...article(i),
        bodyText: '正文'.repeat(2000),
      })),
      links: [],
    });
    await popup.getByTestId('import-json').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(big),
    });
    const alert = popup.getByTestId('error');
    await expect(alert).toBeVisible({ timeout: 30_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('导入失败');
    expect(text).toContain('存储空间已满');
    expect(text).not.toMatch(ENGLISH_RUN);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await expect(popup.getByTestId('saved-item')).toHaveCount(0);
  });
});

test.describe('with the English UI (positive control)', () => {
  test('the same malformed import shows English, and the check finds it', async () => {
    const session = await launch('en');
    try {
      const { popup } = await openPopup(session.context);
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
      const text = await importText(popup, 'broken.json', malformedFile());
      expect(text).toContain('Article 2 (“大模型新闻2”): address is not a web address');
      expect(withoutFileValues(text)).toMatch(ENGLISH_RUN);
    } finally {
      await session.close();
    }
  });
});

test.describe('with the Traditional Chinese UI', () => {
  test('a malformed import is worded in Traditional Chinese', async () => {
    const session = await launch('zh-TW');
    try {
      const { popup } = await openPopup(session.context);
      const text = await importText(popup, 'broken.json', malformedFile());
      expect(text).toContain('無法匯入這個檔案');
      expect(text).toContain(fw('第 2 篇文章(〈大模型新闻2〉):網址不是網址'));
      expect(withoutFileValues(text)).not.toMatch(ENGLISH_RUN);
    } finally {
      await session.close();
    }
  });
});
