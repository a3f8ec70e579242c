import '@/utils/zod-config'; // first: before any schema is built
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createDbAccessor, createOwner } from '@/utils/db';
import { createBackgroundHandlers, type BadgeState } from '@/utils/background/handlers';
import { createChangeFeed } from '@/utils/background/change-feed';
import { paintBadge } from '@/utils/background/badge';
import { setUpMenusAndCommands, tellTab } from '@/utils/background/commands';
import { broadcastChange } from '@/utils/messages/changes';
import { dispatch, CHANNEL, backgroundRequests, extensionOnlyRequests } from '@/utils/messages';

export default defineBackground(() => {
  const db = createDbAccessor();
  const labels: Record<BadgeState, string> = {
    saved: '✓',
    quickread: browser.i18n.getMessage('badgeQuickRead') || 'QR',
    none: '',
  };
  // Firefox's Manifest V2 build names the toolbar button browserAction.
  const setBadge = (tabId: number, state: BadgeState) =>
    paintBadge(browser.action ?? browser.browserAction, tabId, state, labels);
  const warn = (e: unknown) =>
    console.warn('[AI News Annotator]', e instanceof Error ? e.message : e);
  const feed = createChangeFeed({
    db: () => db.get(),
    broadcast: broadcastChange,
    tabs: async () =>
      (await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] }))
        .filter((t) => t.id != null && t.url)
        .map((t) => ({ id: t.id!, url: t.url! })),
    setBadge,
    refreshTab: (tabId) => tellTab(browser, tabId, 'tab/refresh'),
    onError: warn,
  });
  const owner = createOwner({
    db: () => db.get(),
    now: () => new Date().toISOString(),
    announce: (change) => feed.announce(change),
  });
  const handlers = createBackgroundHandlers({
    db: () => db.get(),
    owner,
    setBadge,
    notePage: (tabId, url, format) => feed.notePage(tabId, url, format),
    injectAnnotator: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/annotator.js'],
      });
    },
  });
  browser.tabs.onRemoved.addListener((tabId) => feed.forgetTab(tabId));

  const policy = { origin: browser.runtime.getURL('/'), extensionOnly: extensionOnlyRequests };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if ((message as { channel?: unknown } | null)?.channel !== CHANNEL) return false;
    void dispatch(backgroundRequests, handlers, message, sender, browser.runtime.id, policy).then(
      (reply) => (reply === undefined ? undefined : sendResponse(reply)),
    );
    return true; // answers asynchronously
  });

  setUpMenusAndCommands(browser);
});
