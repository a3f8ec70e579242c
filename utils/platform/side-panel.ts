/** The two browsers' ways of opening the extension's side panel. */
export interface PanelOpeners {
  /** Chrome: `side_panel`. */
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  /** Firefox: `sidebar_action`. */
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Open the side panel beside `tab`. Both browsers allow it only in answer to the reader's own
 * gesture (a click, a menu entry, a shortcut), so the browser is asked at once, before any await.
 * Answers whether the browser opened it.
 */
export function openSidePanel(
  api: PanelOpeners,
  tab: { tabId?: number | null; windowId?: number | null },
): Promise<boolean> {
  try {
    if (api.sidePanel) {
      const target =
        tab.tabId != null && tab.tabId >= 0
          ? { tabId: tab.tabId }
          : tab.windowId != null
            ? { windowId: tab.windowId }
            : null;
      if (!target) return Promise.resolve(false);
      return api.sidePanel.open(target).then(
        () => true,
        () => false,
      );
    }
    if (api.sidebarAction) {
      return api.sidebarAction.open().then(
        () => true,
        () => false,
      );
    }
  } catch {
    // not allowed here (no gesture) or not supported
  }
  return Promise.resolve(false);
}
