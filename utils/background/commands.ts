import type { browser as extensionBrowser } from 'wxt/browser';

type Browser = typeof extensionBrowser;
import { CHANNEL } from '../messages/envelope';
import type { TabType } from '../messages/tab-protocol';

const MENU_SAVE = 'save-page';
const MENU_HIGHLIGHT = 'highlight-selection';
/** How long a shortcut or menu entry lets its tab's page highlight the selection. */
export const GRANT_MS = 5000;

/** Ask a tab's content script to act; pages without one (browser pages, stores) are left alone. */
async function tellTab(browser: Browser, tabId: number | undefined, type: TabType): Promise<void> {
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

/** What a command or menu entry does in a tab. */
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
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void runCommand(browser, grants, String(info.menuItemId), tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    const tabId =
      tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    await runCommand(browser, grants, command, tabId);
  });
}
