import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * The extension pages' chunks: what two or more of the views (popup, library, side panel, options)
 * load at once is one chunk, so a view asks for a few files instead of a dozen (each file a page
 * loads costs its first screen a request and a module). Left as they were: what the in-page frame
 * loads (it stays small), and what a view loads only when asked (exports, imports, charts).
 *
 * The popup loads in two steps: its first screen (`FIRST_SCREEN`), then the rest of it
 * (`POPUP_REST`, counted as the popup's own load). What the first screen shares with other views
 * is a chunk of its own, so that drawing it does not load the views' whole shared chunk. What
 * the frame shares with the views (Preact, messaging, strings) is one small chunk.
 */
const FIRST_SCREEN = /[\\/]entrypoints[\\/]popup[\\/]main\.tsx$/;
const POPUP_REST = /[\\/]entrypoints[\\/]popup[\\/]start\.tsx$/;
const FRAME = /[\\/]entrypoints[\\/]frame[\\/]/;

function viewChunks(): Plugin {
  /** For each module, how many views load it (static imports; the popup's rest included). */
  const views = new Map<string, number>();
  const frame = new Set<string>();
  const firstScreen = new Set<string>();
  return {
    name: 'view-chunks',
    apply: 'build',
    buildStart() {
      views.clear();
      frame.clear();
      firstScreen.clear();
    },
    buildEnd() {
      const reach = (...from: string[]) => {
        const seen = new Set<string>();
        const stack = [...from];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const ids = [...this.getModuleIds()];
      const first = ids.filter((id) => FIRST_SCREEN.test(id));
      const rest = ids.filter((id) => POPUP_REST.test(id));
      reach(...first).forEach((id) => firstScreen.add(id));
      for (const entry of ids) {
        if (!this.getModuleInfo(entry)?.isEntry) continue;
        let reached = reach(entry);
        if (first.some((id) => reached.has(id))) reached = reach(entry, ...rest);
        if (FRAME.test(entry)) reached.forEach((id) => frame.add(id));
        else reached.forEach((id) => views.set(id, (views.get(id) ?? 0) + 1));
      }
    },
    outputOptions(options) {
      if (options.format !== undefined && options.format !== 'es') return null;
      const shared = (id: string) => (views.get(id) ?? 0) >= 2 && !frame.has(id);
      const withFrame = (id: string) => (views.get(id) ?? 0) >= 1 && frame.has(id);
      return {
        ...options,
        codeSplitting: {
          // only what the groups name: not what a view loads later
          includeDependenciesRecursively: false,
          groups: [
            { name: 'frame-kit', test: withFrame },
            { name: 'first-screen', test: (id: string) => shared(id) && firstScreen.has(id) },
            { name: 'views', test: (id: string) => shared(id) && !firstScreen.has(id) },
          ],
        },
      };
    },
  };
}

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
  vite: () => ({ plugins: [viewChunks()] }),
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
