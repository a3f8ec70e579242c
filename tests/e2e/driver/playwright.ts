// The journeys' driver over Playwright and Chromium: the test build (.output/chrome-mv3-e2e)
// loaded into a fresh profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Frame,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import { AUTOMATION_ARGS, chromiumPath, extensionArgs } from '../../../scripts/chromium.mjs';
import type { Driver, DriverPage, LaunchOptions, Pick, Point, Scope } from './types';
import { tabIdByUrl } from './tab-id';

export const CHROME_BUILD = resolve('.output/chrome-mv3-e2e');
/** How long a click or a fill waits for its element. */
const ACTION_TIMEOUT_MS = 10_000;

function scopeOf(target: Page | Frame): Scope {
  const find = (selector: string, pick?: Pick): Locator => {
    const all = target.locator(selector);
    return pick?.hasText ? all.filter({ hasText: pick.hasText }) : all;
  };
  return {
    url: () => target.url(),
    evaluate: (fn, arg) => target.evaluate(fn as never, arg),
    count: (selector, pick) => find(selector, pick).count(),
    click: (selector, pick) => find(selector, pick).first().click({ timeout: ACTION_TIMEOUT_MS }),
    fill: (selector, text) => find(selector).first().fill(text, { timeout: ACTION_TIMEOUT_MS }),
    texts: (selector) => find(selector).allTextContents(),
    attribute: (selector, name) =>
      find(selector).evaluateAll((els, n) => els[0]?.getAttribute(n) ?? null, name),
    value: (selector) => find(selector).first().inputValue({ timeout: ACTION_TIMEOUT_MS }),
  };
}

function pageOf(page: Page): DriverPage {
  return {
    ...scopeOf(page),
    reload: async () => void (await page.reload()),
    frames: async () =>
      page
        .frames()
        .filter((f) => f !== page.mainFrame())
        .map(scopeOf),
    mouseMove: (to: Point, steps = 1) => page.mouse.move(to.x, to.y, { steps }),
    mouseDown: () => page.mouse.down(),
    mouseUp: () => page.mouse.up(),
    mouseClick: (at: Point) => page.mouse.click(at.x, at.y),
    setInputFile: (selector, name, content) =>
      page
        .locator(selector)
        .first()
        .setInputFiles({
          name,
          mimeType: 'application/json',
          buffer: Buffer.from(content),
        }),
    download: async (selector) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(selector).first().click(),
      ]);
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    close: () => page.close(),
  };
}

class PlaywrightDriver implements Driver {
  readonly engine = 'chromium';
  private readonly pages = new Map<DriverPage, Page>();

  constructor(
    private readonly context: BrowserContext,
    private readonly worker: Worker,
    private readonly profile: string,
    readonly extensionOrigin: string,
  ) {}

  private track(page: Page): DriverPage {
    const wrapped = pageOf(page);
    this.pages.set(wrapped, page);
    return wrapped;
  }

  async openPage(url: string) {
    const page = await this.context.newPage();
    await page.goto(url);
    return this.track(page);
  }

  async openExtensionPage(path: string) {
    return this.openPage(`${this.extensionOrigin}/${path}`);
  }

  async tabIdOf(page: DriverPage) {
    await this.pages.get(page)?.bringToFront();
    return tabIdByUrl(
      page.url(),
      await this.worker.evaluate(async () =>
        (await chrome.tabs.query({})).map((t) => ({ id: t.id, url: t.url })),
      ),
    );
  }

  badge(tabId: number) {
    return this.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  async close() {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** Chromium with the Chrome build loaded, in a fresh profile. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Driver> {
  const profile = mkdtempSync(join(tmpdir(), 'ana-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    args: [
      ...extensionArgs(CHROME_BUILD),
      ...AUTOMATION_ARGS,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The extension's background has started (and listens to tabs) before a page is opened.
  await worker.evaluate(() => chrome.runtime.id);
  const { protocol, host } = new URL(worker.url());
  const origin = `${protocol}//${host}`;
  return new PlaywrightDriver(context, worker, profile, origin);
}
