import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTOMATION_ARGS, chromiumPath, extensionArgs } from '../../scripts/chromium.mjs';
import { EXTENSION_PATH, backgroundWorker } from './fixtures';

/*
 * The library's sidebar fits its column in every language at the widths readers use: a date
 * field is as wide as its locale's date, so the check runs with the browser in each language.
 */

const LANGS = [
  { lang: 'en', dir: 'en' },
  { lang: 'zh-CN', dir: 'zh_CN' },
  { lang: 'zh-TW', dir: 'zh_TW' },
] as const;
const WIDTHS = [1280, 1024];

function message(dir: string, key: string): string {
  const file = `public/_locales/${dir}/messages.json`;
  return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>)[key]!
    .message;
}

async function launch(
  lang: string,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'ana-layout-'));
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

/** How far the page and the sidebar reach past their own width (0: no sideways scroll). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const side = document.querySelector('.lib-side')!;
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      side: side.scrollWidth - side.clientWidth,
    };
  });
}

for (const { lang, dir } of LANGS) {
  test(`the library sidebar never scrolls sideways (${lang})`, async () => {
    const { context, close } = await launch(lang);
    try {
      const sw = await backgroundWorker(context);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(sw.url()).host}/library.html`);
      // The page speaks the language under test.
      await expect(page.locator('.lib-title')).toHaveText(message(dir, 'libraryTitle'));
      await expect(page.getByTestId('library-to')).toBeVisible();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await expect
          .poll(() => overflow(page), `${lang} at ${width}px`)
          .toEqual({ page: 0, side: 0 });
      }
      // Positive control: a field wider than the sidebar is seen as overflow.
      await page.evaluate(() => {
        const wide = document.createElement('input');
        wide.style.width = '400px';
        wide.style.flex = 'none';
        document.querySelector('.lib-side')!.append(wide);
      });
      await expect.poll(async () => (await overflow(page)).side).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
}
