import { defineConfig } from '@playwright/test';
import type { EngineOption } from './tests/e2e/driver/fixture';

// End-to-end tests load the test build (`npm run build:e2e`: the production build plus its test
// hooks): .output/chrome-mv3-e2e into Chromium (Playwright), and .output/firefox-mv2-e2e into
// Firefox ESR (puppeteer-core over WebDriver BiDi). The journeys in
// tests/e2e/journeys/ run in both; the other specs are Chromium's own.
export default defineConfig<EngineOption>({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'firefox', testMatch: 'journeys/**/*.spec.ts', use: { engine: 'firefox' } },
  ],
});
