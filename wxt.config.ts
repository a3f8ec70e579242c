import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Everything is imported explicitly: no auto-imported globals.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each is needed: tests/unit/manifest-rules.ts (the manifest test holds the build to it).
    permissions: ['contextMenus', 'scripting', 'storage', 'alarms'],
    // The background reads tabs' addresses and titles here and injects the page scripts it needs.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // No content script runs on every page: the background injects the small checker or the
    // annotator only where a page has work for them (utils/background/page-injection.ts).
    // The in-page toolbar: an extension page framed over the article. Chrome serves it
    // under a per-session id, so a page cannot tell the extension is installed by loading it.
    web_accessible_resources:
      browser === 'firefox'
        ? ['frame.html']
        : [
            {
              resources: ['frame.html'],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
      'open-sidepanel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ai-news-annotator@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Chrome 130: `use_dynamic_url` for the in-page frame (the side panel needs 114, the CSS
        // Custom Highlight API 105).
        { minimum_chrome_version: '130' }),
  }),
  // `npm run zip`: the Chrome Web Store zip, the Firefox add-on zip, and the sources AMO asks for
  // (what builds the add-on: no tests, test or lint configs, dev scripts or outputs).
  zip: {
    excludeSources: [
      'tests/**',
      '.ci/**',
      'scripts/**',
      'playwright.config.ts',
      'vitest.config.ts',
      'eslint.config.js',
      'bench-results.json',
      'test-results/**',
      'playwright-report/**',
      '.scratch/**',
    ],
  },
});
