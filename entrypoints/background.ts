import '@/utils/zod-config'; // first: before any schema is built
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { countHighlights, createDbAccessor, createOwner, getArticle } from '@/utils/db';
import { createBackgroundHandlers, type BadgeState } from '@/utils/background/handlers';
import { createChangeFeed } from '@/utils/background/change-feed';
import { paintBadge } from '@/utils/background/badge';
import {
  createCommandGrants,
  runCommand,
  setUpMenusAndCommands,
} from '@/utils/background/commands';
import { createLoadedPages } from '@/utils/background/loaded-pages';
import { saveTab, type SaveTabDeps } from '@/utils/background/save-tab';
import { askIfListening, injectAnnotator, sendToFrame } from '@/utils/messages/client';
import { setUpPageUi } from '@/utils/background/page-ui-setup';
import { createPanelPorts } from '@/utils/background/panel-ports';
import { broadcastChange } from '@/utils/messages/changes';
import { dispatch, CHANNEL, backgroundRequests, extensionOnlyRequests } from '@/utils/messages';
import { setUpSync } from '@/utils/sync/background';
import type { SyncController } from '@/utils/sync/controller';

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
  // A loaded page that is saved gets its ✓, one with the reader's highlights the annotator (the
  // page's own script does not ask: it stays away from the extension API until there is work).
  const pages = createLoadedPages({
    count: async (key) => countHighlights(await db.get(), key),
    savedFormat: async (key) => (await getArticle(await db.get(), key))?.format ?? null,
    inject: injectAnnotator,
    askRefresh: (tabId) => askIfListening(tabId, 0, 'tab/refresh', {}),
    markSaved: async (tabId, key, format) => {
      feed.notePage(tabId, key, format);
      await setBadge(tabId, 'saved');
    },
  });
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'complete' && tab.url) pages.loaded(tabId, tab.url).catch(warn);
  });
  const feed = createChangeFeed({
    db: () => db.get(),
    broadcast: broadcastChange,
    tabs: async () =>
      (await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] }))
        .filter((t) => t.id != null && t.url)
        .map((t) => ({ id: t.id!, url: t.url! })),
    setBadge,
    refreshTab: (tabId, url) => pages.refresh(tabId, url),
    onError: warn,
  });
  // Sync applies other devices' versions through the owner; the owner tells sync of changes.
  const sync: SyncController = setUpSync(browser, {
    db: () => db.get(),
    applySync: (plans) => owner.applySync(plans),
  });
  const owner = createOwner({
    db: () => db.get(),
    now: () => new Date().toISOString(),
    announce: (change) => {
      feed.announce(change);
      void sync.noteChange();
    },
  });
  // Side panels open now, each with the tab it shows.
  const panels = createPanelPorts({
    id: browser.runtime.id,
    panelUrl: browser.runtime.getURL('/sidepanel.html'),
  });
  browser.runtime.onConnect.addListener((port) => void panels.connect(port));
  const grants = createCommandGrants();
  const pageUi = setUpPageUi(browser, { db: () => db.get(), owner, grants, setBadge });
  // The one save path (popup, side panel, context menu, shortcut): the tab's own extraction.
  const saveDeps: SaveTabDeps = {
    pageArticle: async (tabId) => (await sendToFrame(tabId, 0, 'tab/page-article', {})).article,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => null))?.url ?? null,
    owner,
    saved: async (tabId, article) => {
      feed.notePage(tabId, article.url, article.format);
      await setBadge(tabId, 'saved');
    },
  };
  const commands = { grants, save: (tabId: number) => saveTab(saveDeps, tabId) };
  const handlers = createBackgroundHandlers({
    db: () => db.get(),
    owner,
    sync,
    setBadge,
    notePage: (tabId, url, format) => feed.notePage(tabId, url, format),
    selectInPanel: (tabId, id) => panels.select(tabId, id),
    injectAnnotator,
    saveTab: (tabId) => saveTab(saveDeps, tabId),
    pageUi,
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

  setUpMenusAndCommands(browser, commands);
  // What the shortcut and menu entries run, for the end-to-end tests (headless Chromium delivers
  // no extension commands): reachable only from the extension's own service worker.
  Object.defineProperty(globalThis, 'anaRunCommand', {
    value: (command: string, tabId: number) => runCommand(commands, command, tabId),
  });
});
