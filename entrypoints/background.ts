import '@/utils/zod-config'; // first: before any schema is built
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createDbAccessor } from '@/utils/db';
import { createBackgroundHandlers, type BadgeState } from '@/utils/background/handlers';
import { paintBadge } from '@/utils/background/badge';
import { setUpMenusAndCommands } from '@/utils/background/commands';
import { dispatch, CHANNEL, backgroundRequests } from '@/utils/messages';

export default defineBackground(() => {
  const db = createDbAccessor();
  const labels: Record<BadgeState, string> = {
    saved: '✓',
    quickread: browser.i18n.getMessage('badgeQuickRead') || 'QR',
    none: '',
  };
  const handlers = createBackgroundHandlers({
    db: () => db.get(),
    now: () => new Date().toISOString(),
    // Firefox's Manifest V2 build names the toolbar button browserAction.
    setBadge: (tabId, state) =>
      paintBadge(browser.action ?? browser.browserAction, tabId, state, labels),
    injectAnnotator: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/annotator.js'],
      });
    },
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if ((message as { channel?: unknown } | null)?.channel !== CHANNEL) return false;
    void dispatch(backgroundRequests, handlers, message, sender, browser.runtime.id).then(
      sendResponse,
    );
    return true; // answers asynchronously
  });

  setUpMenusAndCommands(browser);
});
