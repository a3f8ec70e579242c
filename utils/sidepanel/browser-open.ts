import { browser } from 'wxt/browser';
import { resolveTabId } from '../view/tab-id';
import { openSidePanel, type PanelOpeners } from '../platform/side-panel';

/**
 * Open the side panel beside the tab an extension page acts on (`?tabId=N`, else the active tab),
 * from the reader's click in that page. Firefox's sidebar needs no tab and must be opened at once;
 * in Chrome the click's activation covers the short tab lookup.
 */
export async function openPanelFrom(view: Window): Promise<boolean> {
  const api = browser as unknown as PanelOpeners;
  if (!api.sidePanel) return openSidePanel(api, {});
  const tabId = await resolveTabId(view.location.search, () =>
    browser.tabs.query({ active: true, currentWindow: true }),
  );
  return openSidePanel(api, { tabId });
}
