import type { browser as extensionBrowser } from 'wxt/browser';

type Browser = typeof extensionBrowser;
import { sendToFrame } from '../messages/client';
import type { TabType } from '../messages/tab-requests';
import { openSidePanel, type PanelOpeners } from '../platform/side-panel';

const MENU_SAVE = 'save-page';
const MENU_HIGHLIGHT = 'highlight-selection';
const MENU_PANEL = 'open-sidepanel';
const COMMAND_PANEL = 'open-sidepanel';
/** How long a shortcut or menu entry lets its tab's page highlight the selection. */
export const GRANT_MS = 5000;

/**
 * Ask a tab's top frame to act (its annotator is injected when not there yet); pages where nothing
 * can run (browser pages, stores) are left alone.
 */
async function tellTab(tabId: number | undefined, type: TabType): Promise<void> {
  if (tabId == null || tabId < 0) return;
  await sendToFrame(tabId, 0, type, {} as never).catch(() => undefined);
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

export interface CommandDeps {
  grants: CommandGrants;
  /** Save the page a tab shows (the one save path, background/save-tab.ts). */
  save: (tabId: number) => Promise<unknown>;
}

/** What the save and highlight commands (and their menu entries) do in a tab. */
export async function runCommand(
  deps: CommandDeps,
  command: string,
  tabId: number | undefined,
): Promise<void> {
  if (command === MENU_SAVE && tabId != null) await deps.save(tabId).catch(() => undefined);
  if (command === MENU_HIGHLIGHT && tabId != null) {
    deps.grants.give(tabId);
    await tellTab(tabId, 'tab/highlight-selection');
  }
}

/** Context menu entries and keyboard shortcuts: both ask the page's content script to act. */
export function setUpMenusAndCommands(browser: Browser, deps: CommandDeps): void {
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
    else void runCommand(deps, String(info.menuItemId), tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === COMMAND_PANEL) return openPanel(tab);
    const tabId =
      tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    await runCommand(deps, command, tabId);
  });
}
