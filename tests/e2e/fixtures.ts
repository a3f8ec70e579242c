import {
  test as base,
  chromium,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { AUTOMATION_ARGS, chromiumPath, extensionArgs } from '../../scripts/chromium.mjs';

/** The test build (`npm run build:e2e`): the production build and the test hooks. */
export const EXTENSION_PATH = resolve('.output/chrome-mv3-e2e');
export const PAGES_ROOT = resolve('tests/fixtures/pages');

export type { StaticServer };

export async function launchWithExtension(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    args: [...extensionArgs(EXTENSION_PATH), ...AUTOMATION_ARGS],
  });
}

export async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * The tab id Chromium gave `page`: the page is brought to the front and the service worker asks for
 * the active tab (the extension has no "tabs" permission, so tab URLs are not visible to it).
 */
export async function getTabId(sw: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await sw.evaluate(async () => {
    const tabs = await chrome.tabs.query({ active: true });
    return tabs.map((t) => t.id ?? -1);
  });
  if (ids.length !== 1 || ids[0]! < 0)
    throw new Error(`expected one active tab, found ${ids.length}`);
  return ids[0]!;
}

export const test = base.extend<
  {
    context: BrowserContext;
    extensionId: string;
    serviceWorker: Worker;
    server: StaticServer;
    userDataDir: string;
  },
  object
>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'ana-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    // The extension's background has started (and listens to tabs) before the test opens a page.
    await (await backgroundWorker(context)).evaluate(() => chrome.runtime.id);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await backgroundWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server: StaticServer = await startStaticServer(PAGES_ROOT);
    await use(server);
    await server.close();
  },
});

/** Open the popup as a page acting on `tabId` (popup.html?tabId=N). */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** The toolbar badge text the extension set for a tab. */
export async function badgeText(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export { expect } from '@playwright/test';
