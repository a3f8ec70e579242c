// The Playwright test fixture for journeys written over the driver: each project names its browser
// (`use: { engine }` in playwright.config.ts), and every browser a test launches is closed after it.
import { test as base } from '@playwright/test';
import { resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server.mjs';
import { launchChromium } from './playwright';
import { launchFirefox } from './puppeteer';
import type { Driver, Engine, LaunchDriver } from './types';

export interface EngineOption {
  engine: Engine;
}

const LAUNCHERS: Record<Engine, LaunchDriver> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

export const test = base.extend<
  EngineOption & { launch: LaunchDriver; driver: Driver; server: StaticServer }
>({
  engine: ['chromium', { option: true }],
  launch: async ({ engine }, use) => {
    const opened: Driver[] = [];
    await use(async (options) => {
      const driver = await LAUNCHERS[engine](options);
      opened.push(driver);
      return driver;
    });
    await Promise.all(opened.map((d) => d.close()));
  },
  driver: async ({ launch }, use) => {
    await use(await launch());
  },
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startStaticServer(resolve('tests/fixtures/pages'));
    await use(server);
    await server.close();
  },
});

export { expect } from '@playwright/test';
