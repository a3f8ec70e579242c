/**
 * The background's wiring, step by step: the library and its owner, which pages get extension
 * code (page-injection.ts), the change feed to every view, side panels, the in-page UI, the save
 * path, the message handlers, and the menu entries and shortcuts.
 */
import type { browser as extensionBrowser } from 'wxt/browser';
import {
  countHighlights,
  createDbAccessor,
  createOwner,
  dropStagedFile,
  getArticle,
  readStagedFile,
  type Db,
  type Owner,
} from '../db';
import { serveImportPort } from '../transfer/import-host';
import { createBackgroundHandlers } from './handlers';
import { createChangeFeed, type ChangeFeed } from './change-feed';
import { paintBadge, type BadgeState } from './badge';
import { createCommandGrants, setUpMenusAndCommands, type CommandDeps } from './commands';
import { createPageInjection, type InjectionDeps, type PageInjection } from './page-injection';
import { readToolbarSites, toolbarOnWholeSite, toolbarWanted } from '../options/toolbar-sites';
import { pageKey } from './page-key';
import { saveTab, type SaveTabDeps } from './save-tab';
import { tabState, type TabStateDeps } from './tab-state';
import { askIfListening, injectAnnotator, injectScript, sendToFrame } from '../messages/client';
import { setUpPageUi } from './page-ui-setup';
import { createPanelPorts } from './panel-ports';
import { createNoteHandoff, NOTE_WINDOW } from './note-handoff';
import { broadcastChange } from '../messages/broadcasts';
import { dispatch, CHANNEL, backgroundRequests, extensionOnlyRequests } from '../messages';
import { setUpSync } from '../sync/background';
import { createBodyIndexer } from './body-indexer';
import { articleOfAnswer } from './page-answer';

type Browser = typeof extensionBrowser;
type SetBadge = (tabId: number, state: BadgeState) => Promise<void>;
type Handlers = ReturnType<typeof createBackgroundHandlers>;

const WEB_PAGES = ['http://*/*', 'https://*/*'];

const warn = (e: unknown) =>
  console.warn('[AI News Annotator]', e instanceof Error ? e.message : e);

/** The toolbar button's badge: ✓ for a saved page, QR for a quick-read article. */
function badgeSetter(browser: Browser): SetBadge {
  const labels: Record<BadgeState, string> = {
    saved: '✓',
    quickread: browser.i18n.getMessage('badgeQuickRead') || 'QR',
    none: '',
  };
  // Firefox's Manifest V2 build names the toolbar button browserAction.
  return (tabId, state) =>
    paintBadge(browser.action ?? browser.browserAction, tabId, state, labels);
}

/**
 * Decided as soon as the tab's title is known (a script injected while the page loads runs once
 * it is parsed), else when it has loaded; a single-page app's move is decided again. Pages that
 * loaded, or started loading, before the background listened (the browser's start, an install or
 * update) get the same decision.
 */
function watchTabs(browser: Browser, pages: PageInjection): void {
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'loading') pages.forget(tabId); // a new document (or a reload)
    if (!tab.url) return;
    const title = tab.title ?? null;
    if (info.status === 'complete') pages.loaded(tabId, tab.url, title).catch(warn);
    else if (info.url || info.title) pages.changed(tabId, tab.url, title).catch(warn);
  });
  void browser.tabs
    .query({ url: WEB_PAGES })
    .then((tabs) =>
      tabs.forEach(
        (t) => t.id != null && t.url && pages.loaded(t.id, t.url, t.title ?? null).catch(warn),
      ),
    )
    .catch(warn);
}

/** Sync applies other devices' versions through the owner; the owner tells sync of changes. */
function ownerAndSync(browser: Browser, db: () => Promise<Db>, feed: ChangeFeed) {
  const sync = setUpSync(browser, { db, commit: (work, changed) => owner.commit(work, changed) });
  const indexer = createBodyIndexer(db, warn, {
    keepAlive: () => browser.runtime.getPlatformInfo(),
  });
  const owner = createOwner({
    db,
    now: () => new Date().toISOString(),
    announce: (change) => {
      feed.announce(change);
      void sync.noteChange(change);
      if (change.all || change.articles.length > 0) indexer.poke();
    },
  });
  indexer.poke();
  return { owner, sync };
}

/**
 * The ports the extension's pages open: side panels, each with the tab it shows (and the hand-over
 * of a note to one), and imports (a page stages the file; the owner reads, checks and saves it,
 * reporting progress).
 */
function pagePorts(browser: Browser, owner: Owner) {
  const panelUrl = browser.runtime.getURL('/sidepanel.html');
  const panels = createPanelPorts({ id: browser.runtime.id, panelUrl });
  const imports = {
    save: owner.importFile,
    readStaged: readStagedFile,
    dropStaged: dropStagedFile,
  };
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onConnect.addListener(
    (port) => void (serveImportPort(port, extension, imports) || panels.connect(port)),
  );
  const handOver = createNoteHandoff({
    focus: (tabId, id) => panels.focus(tabId, id),
    panelUrl,
    openWindow: async (url) =>
      void (await browser.windows.create({ url, type: 'popup', ...NOTE_WINDOW })),
  });
  return { panels, handOver };
}

/** The one save path (popup, side panel, context menu, shortcut): the tab's own extraction. */
function tabDeps(browser: Browser, save: Pick<SaveTabDeps, 'owner' | 'saved'>) {
  const saveDeps: SaveTabDeps = {
    pageArticle: async (tabId) =>
      articleOfAnswer(await sendToFrame(tabId, 0, 'tab/page-article', {})),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => null))?.url ?? null,
    ...save,
  };
  const stateDeps: TabStateDeps = {
    tabUrl: saveDeps.tabUrl,
    pageCard: async (tabId) => articleOfAnswer(await sendToFrame(tabId, 0, 'tab/article', {})),
  };
  return { saveDeps, stateDeps };
}

/** Every extension message, checked (zod, the sender) before its handler runs. */
function answerMessages(browser: Browser, handlers: Handlers): void {
  const policy = { origin: browser.runtime.getURL('/'), extensionOnly: extensionOnlyRequests };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if ((message as { channel?: unknown } | null)?.channel !== CHANNEL) return false;
    void dispatch(backgroundRequests, handlers, message, sender, browser.runtime.id, policy).then(
      (reply) => (reply === undefined ? undefined : sendResponse(reply)),
    );
    return true; // answers asynchronously
  });
}

/** Which pages get extension code at all (none without work): page-injection.ts. */
function pageInjection(
  db: () => Promise<Db>,
  toolbarSites: () => ReturnType<typeof readToolbarSites>,
  markSaved: InjectionDeps['markSaved'],
) {
  return createPageInjection({
    count: async (key) => countHighlights(await db(), key),
    savedFormat: async (key) => (await getArticle(await db(), key))?.format ?? null,
    toolbarHere: async (url) => toolbarOnWholeSite(await toolbarSites(), url),
    inject: (tabId, script) => injectScript(tabId, 0, script),
    askAnnotator: (tabId, type) => askIfListening(tabId, 0, type, {}),
    markSaved,
  });
}

/** Start the background: returns what the shortcuts and menu entries run. */
export function startBackground(browser: Browser): CommandDeps {
  const accessor = createDbAccessor();
  const db = () => accessor.get();
  const setBadge = badgeSetter(browser);
  const toolbarSites = () => readToolbarSites(browser.storage.local);
  const saved: InjectionDeps['markSaved'] = async (tabId, key, format) => {
    feed.notePage(tabId, key, format);
    await setBadge(tabId, 'saved');
  };
  const pages = pageInjection(db, toolbarSites, saved);
  watchTabs(browser, pages);
  const feed = createChangeFeed({
    db,
    broadcast: broadcastChange,
    tabs: async () =>
      (await browser.tabs.query({ url: WEB_PAGES }))
        .filter((t) => t.id != null && t.url)
        .map((t) => ({ id: t.id!, url: t.url! })),
    setBadge,
    refreshTab: (tabId, url) => pages.refresh(tabId, url),
    onError: warn,
  });
  const { owner, sync } = ownerAndSync(browser, db, feed);
  const { panels, handOver } = pagePorts(browser, owner);
  const grants = createCommandGrants();
  const pageUi = setUpPageUi(browser, {
    db,
    owner,
    grants,
    setBadge,
    handOver,
    toolbarWanted: async (tabId, url) =>
      toolbarWanted(await toolbarSites(), url, feed.showsArticle(tabId, pageKey(url, null))),
  });
  const { saveDeps, stateDeps } = tabDeps(browser, {
    owner,
    saved: (tabId, article) => saved(tabId, article.url, article.format),
  });
  const commands = { grants, save: (tabId: number) => saveTab(saveDeps, tabId) };
  const handlers = createBackgroundHandlers({
    db,
    owner,
    sync,
    setBadge,
    injectAnnotator,
    pageUi,
    notePage: (tabId, url, format) => feed.notePage(tabId, url, format),
    selectInPanel: (tabId, id) => panels.select(tabId, id),
    saveTab: (tabId) => saveTab(saveDeps, tabId),
    tabState: (tabId) => tabState(stateDeps, tabId),
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    feed.forgetTab(tabId);
    pages.forget(tabId);
  });
  answerMessages(browser, handlers);
  setUpMenusAndCommands(browser, commands);
  return commands;
}
