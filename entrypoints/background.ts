import '@/utils/zod-config'; // first: before any schema is built
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import {
  countHighlights,
  createDbAccessor,
  createOwner,
  dropStagedFile,
  getArticle,
  readStagedFile,
} from '@/utils/db';
import { serveImportPort } from '@/utils/transfer/import-host';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import { createChangeFeed } from '@/utils/background/change-feed';
import { paintBadge, type BadgeState } from '@/utils/background/badge';
import {
  createCommandGrants,
  runCommand,
  setUpMenusAndCommands,
} from '@/utils/background/commands';
import { createPageInjection } from '@/utils/background/page-injection';
import { readToolbarSites, toolbarOnWholeSite, toolbarWanted } from '@/utils/options/toolbar-sites';
import { pageKey } from '@/utils/background/page-key';
import { saveTab, type SaveTabDeps } from '@/utils/background/save-tab';
import { tabState, type TabStateDeps } from '@/utils/background/tab-state';
import {
  askIfListening,
  injectAnnotator,
  injectScript,
  sendToFrame,
} from '@/utils/messages/client';
import { setUpPageUi } from '@/utils/background/page-ui-setup';
import { createPanelPorts } from '@/utils/background/panel-ports';
import { createNoteHandoff, NOTE_WINDOW } from '@/utils/background/note-handoff';
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
  const toolbarSites = () => readToolbarSites(browser.storage.local);
  // Which pages get extension code at all (none without work): utils/background/page-injection.ts.
  const pages = createPageInjection({
    count: async (key) => countHighlights(await db.get(), key),
    savedFormat: async (key) => (await getArticle(await db.get(), key))?.format ?? null,
    toolbarHere: async (url) => toolbarOnWholeSite(await toolbarSites(), url),
    inject: (tabId, script) => injectScript(tabId, 0, script),
    askAnnotator: (tabId, type) => askIfListening(tabId, 0, type, {}),
    markSaved: async (tabId, key, format) => {
      feed.notePage(tabId, key, format);
      await setBadge(tabId, 'saved');
    },
  });
  // Decided as soon as the tab's title is known (a script injected while the page loads runs
  // once it is parsed), else when it has loaded; a single-page app's move is decided again.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'loading') pages.forget(tabId); // a new document (or a reload)
    if (!tab.url) return;
    const title = tab.title ?? null;
    if (info.status === 'complete') pages.loaded(tabId, tab.url, title).catch(warn);
    else if (info.url || info.title) pages.changed(tabId, tab.url, title).catch(warn);
  });
  // Pages that loaded, or started loading, before the background listened (the browser's start,
  // an install or update): the same decision for each (a script injected into a page still
  // loading runs once it is parsed).
  void browser.tabs
    .query({ url: ['http://*/*', 'https://*/*'] })
    .then((tabs) =>
      tabs.forEach(
        (t) => t.id != null && t.url && pages.loaded(t.id, t.url, t.title ?? null).catch(warn),
      ),
    )
    .catch(warn);
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
    commit: (work, changed) => owner.commit(work, changed),
  });
  const owner = createOwner({
    db: () => db.get(),
    now: () => new Date().toISOString(),
    announce: (change) => {
      feed.announce(change);
      void sync.noteChange(change);
    },
  });
  // Side panels open now, each with the tab it shows.
  const panels = createPanelPorts({
    id: browser.runtime.id,
    panelUrl: browser.runtime.getURL('/sidepanel.html'),
  });
  // Imports: a page stages the file; the owner reads, checks and saves it, reporting progress.
  const imports = {
    save: owner.importFile,
    readStaged: readStagedFile,
    dropStaged: dropStagedFile,
  };
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onConnect.addListener(
    (port) => void (serveImportPort(port, extension, imports) || panels.connect(port)),
  );
  const grants = createCommandGrants();
  const handOver = createNoteHandoff({
    focus: (tabId, id) => panels.focus(tabId, id),
    panelUrl: browser.runtime.getURL('/sidepanel.html'),
    openWindow: async (url) =>
      void (await browser.windows.create({ url, type: 'popup', ...NOTE_WINDOW })),
  });
  const pageUi = setUpPageUi(browser, {
    db: () => db.get(),
    owner,
    grants,
    setBadge,
    handOver,
    toolbarWanted: async (tabId, url) =>
      toolbarWanted(await toolbarSites(), url, feed.showsArticle(tabId, pageKey(url, null))),
  });
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
  const stateDeps: TabStateDeps = {
    tabUrl: saveDeps.tabUrl,
    pageCard: async (tabId) => (await sendToFrame(tabId, 0, 'tab/article', {})).article,
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
    tabState: (tabId) => tabState(stateDeps, tabId),
    pageUi,
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    feed.forgetTab(tabId);
    pages.forget(tabId);
  });

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
