import '@/utils/zod-config'; // first: before any schema is built
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { startBackground } from '@/utils/background/start';
import { runCommand } from '@/utils/background/commands';

export default defineBackground(() => {
  const commands = startBackground(browser);
  // Test builds only (`wxt build --mode e2e`; production builds drop this): what the shortcut and
  // menu entries run, for the end-to-end tests (headless Chromium delivers no extension
  // commands), reachable only from the extension's own service worker.
  if (import.meta.env.MODE === 'e2e')
    Object.defineProperty(globalThis, 'anaRunCommand', {
      value: (command: string, tabId: number) => runCommand(commands, command, tabId),
    });
});
