import '@/utils/zod-config'; // first: before any schema is built
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import {
  createDbAccessor,
  deleteHighlight,
  saveArticleWithHighlight,
  updateHighlight,
} from '@/utils/db';
import { createBackgroundHandlers, badgeFor, type BadgeState } from '@/utils/background/handlers';
import { paintBadge } from '@/utils/background/badge';
import {
  createCommandGrants,
  runCommand,
  setUpMenusAndCommands,
} from '@/utils/background/commands';
import { createFramePorts } from '@/utils/background/frame-ports';
import { createPageUi } from '@/utils/background/page-ui';
import {
  dispatch,
  isExtensionUrl,
  sendToFrame,
  CHANNEL,
  backgroundRequests,
} from '@/utils/messages';
import { ArticleSchema } from '@/utils/schemas/article';

export default defineBackground(() => {
  const db = createDbAccessor();
  const now = () => new Date().toISOString();
  const origin = browser.runtime.getURL('/');
  const labels: Record<BadgeState, string> = {
    saved: '✓',
    quickread: browser.i18n.getMessage('badgeQuickRead') || 'QR',
    none: '',
  };
  // Firefox's Manifest V2 build names the toolbar button browserAction.
  const setBadge = (tabId: number, state: BadgeState) =>
    paintBadge(browser.action ?? browser.browserAction, tabId, state, labels);
  const grants = createCommandGrants();
  const frames = createFramePorts((url) => isExtensionUrl(url, origin));
  const pageUi = createPageUi({
    db: () => db.get(),
    now,
    newId: () => crypto.randomUUID(),
    toFrame: (tabId, state) => frames.post(tabId, state),
    toTab: (tabId, frameId, type, data) => sendToFrame(tabId, frameId, type, data),
    checkArticle: (value) => ArticleSchema.nullable().catch(null).parse(value),
    saveHighlight: async (tabId, article, highlight) => {
      await saveArticleWithHighlight(await db.get(), article, highlight, now());
      await setBadge(tabId, badgeFor(article, true));
    },
    updateHighlight: async (id, note, color) =>
      updateHighlight(await db.get(), id, { note, color }, now()),
    deleteHighlight: async (id) => void (await deleteHighlight(await db.get(), id)),
    takeCommandGrant: (tabId) => grants.take(tabId),
  });
  const handlers = createBackgroundHandlers({
    db: () => db.get(),
    now,
    setBadge,
    injectAnnotator: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/annotator.js'],
      });
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => null))?.url ?? null,
    pageUi,
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if ((message as { channel?: unknown } | null)?.channel !== CHANNEL) return false;
    void dispatch(backgroundRequests, handlers, message, sender, browser.runtime.id, origin).then(
      sendResponse,
    );
    return true; // answers asynchronously
  });
  browser.runtime.onConnect.addListener((port) => frames.connect(port, pageUi.stateFor));
  browser.tabs.onRemoved.addListener((tabId) => pageUi.forget(tabId));

  setUpMenusAndCommands(browser, grants);
  // What the shortcut and menu entries run, for the end-to-end tests (headless Chromium delivers
  // no extension commands): reachable only from the extension's own service worker.
  Object.defineProperty(globalThis, 'anaRunCommand', {
    value: (command: string, tabId: number) => runCommand(browser, grants, command, tabId),
  });
});
