import type { browser as extensionBrowser } from 'wxt/browser';

type Browser = typeof extensionBrowser;
import { CHANNEL } from '../messages/envelope';
import type { TabType } from '../messages/tab-protocol';
import { openSidePanel, type PanelOpeners } from '../sidepanel/open';

const MENU_SAVE = 'save-page';
const MENU_HIGHLIGHT = 'highlight-selection';
const MENU_PANEL = 'open-sidepanel';
const COMMAND_PANEL = 'open-sidepanel';
/** How long a shortcut or menu entry lets its tab's page highlight the selection. */
export const GRANT_MS = 5000;

/** Ask a tab's content script to act; pages without one (browser pages, stores) are left alone. */
export async function tellTab(
  browser: Browser,
  tabId: number | undefined,
  type: TabType,
): Promise<void> {
  if (tabId == null || tabId < 0) return;
  try {
    await browser.tabs.sendMessage(tabId, { channel: CHANNEL, type, data: {} }, { frameId: 0 });
  } catch {
    // no content script on this page
  }
}

/**
 * One-shot permissions for pages to highlight their selection: given by a browser command or menu
 * entry (the reader's own act, which a page cannot forge), taken once, expiring after GRANT_MS.
 */
export function createCommandGrants(now: () => number = Date.now) {
  const grants = new Map<number, number>();
  return {
    give: (tabId: number) => void grants.set(tabId, now() + GRANT_MS),
    take(tabId: number): boolean {
      const until = grants.get(tabId);
      grants.delete(tabId);
      return until !== undefined && now() <= until;
    },
  };
}
export type CommandGrants = ReturnType<typeof createCommandGrants>;

/** What the save and highlight commands (and their menu entries) do in a tab. */
export async function runCommand(
  browser: Browser,
  grants: CommandGrants,
  command: string,
  tabId: number | undefined,
): Promise<void> {
  if (command === MENU_SAVE) await tellTab(browser, tabId, 'tab/save-page');
  if (command === MENU_HIGHLIGHT && tabId != null) {
    grants.give(tabId);
    await tellTab(browser, tabId, 'tab/highlight-selection');
  }
}

/** Context menu entries and keyboard shortcuts: both ask the page's content script to act. */
export function setUpMenusAndCommands(browser: Browser, grants: CommandGrants): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_SAVE,
        title: browser.i18n.getMessage('menuSavePage') || 'Save page',
        contexts: ['page'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
      browser.contextMenus.create({
        id: MENU_HIGHLIGHT,
        title: browser.i18n.getMessage('menuHighlight') || 'Highlight selection',
        contexts: ['selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
      browser.contextMenus.create({
        id: MENU_PANEL,
        title: browser.i18n.getMessage('menuOpenPanel') || 'Open the side panel',
        contexts: ['page', 'selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
    });
  });
  // The side panel opens only in answer to the reader's gesture: asked before any await.
  const openPanel = (tab?: { id?: number; windowId?: number }) =>
    void openSidePanel(browser as unknown as PanelOpeners, {
      tabId: tab?.id,
      windowId: tab?.windowId,
    });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_PANEL) openPanel(tab);
    else void runCommand(browser, grants, String(info.menuItemId), tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === COMMAND_PANEL) return openPanel(tab);
    const tabId =
      tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    await runCommand(browser, grants, command, tabId);
  });
}
