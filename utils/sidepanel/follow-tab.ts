/** A tab as the side panel sees it (no "tabs" permission: `url` is known for http(s) pages only). */
export interface PanelTab {
  id: number;
  windowId: number;
  /** The page's address, or null where the extension may not know it (browser pages). */
  url: string | null;
  loading: boolean;
}

/** Where the panel reads tabs from: the browser's tabs and windows, passed in. */
export interface TabSource {
  /** The panel's own tab when it is opened as a page (tests), else null (a real side panel). */
  selfTabId: () => Promise<number | null>;
  /** The window the panel belongs to. */
  windowId: () => Promise<number | null>;
  /** The active tabs, of one window or of every window. */
  activeTabs: (windowId: number | null) => Promise<PanelTab[]>;
  get: (tabId: number) => Promise<PanelTab | null>;
  onActivated: (listener: (tabId: number, windowId: number) => void) => () => void;
  /** A tab started or finished loading, or moved to another address. */
  onUpdated: (listener: (tabId: number) => void) => () => void;
  onRemoved: (listener: (tabId: number) => void) => () => void;
}

/**
 * Which tabs the panel follows: a side panel follows the active tab of its own window; the panel
 * opened as a page follows the tab the reader activates anywhere else; `?tabId=N` pins tab N.
 */
interface Scope {
  windowId: number | null;
  selfTabId: number | null;
}

async function scopeOf(source: TabSource): Promise<Scope> {
  const selfTabId = await source.selfTabId().catch(() => null);
  const windowId = selfTabId === null ? await source.windowId().catch(() => null) : null;
  return { windowId, selfTabId };
}

const inScope = (scope: Scope, tabId: number, windowId: number) =>
  tabId !== scope.selfTabId && (scope.windowId === null || windowId === scope.windowId);

/**
 * Follow the tab the panel acts on, calling `onTab` with it each time it changes or reloads
 * (null: no tab, or it closed). Returns the function that stops following.
 */
export function followTab(
  source: TabSource,
  pinned: number | null,
  onTab: (tab: PanelTab | null) => void,
): () => void {
  let current: number | null = pinned;
  let token = 0;
  let stopped = false;
  const show = async (read: () => Promise<PanelTab | null>) => {
    const mine = ++token;
    const tab = await read().catch(() => null);
    if (stopped || mine !== token) return;
    current = tab?.id ?? current;
    onTab(tab);
  };
  const scope = pinned === null ? scopeOf(source) : null;

  const stops = [
    source.onUpdated((tabId) => {
      if (tabId === current) void show(() => source.get(tabId));
    }),
    source.onRemoved((tabId) => {
      if (tabId !== current) return;
      token++;
      if (!stopped) onTab(null);
    }),
  ];
  if (scope) {
    stops.push(
      source.onActivated((tabId, windowId) => {
        void scope.then((s) => {
          if (!inScope(s, tabId, windowId)) return;
          current = tabId;
          void show(() => source.get(tabId));
        });
      }),
    );
    void show(async () => {
      const s = await scope;
      const tabs = await source.activeTabs(s.windowId);
      return tabs.find((t) => t.id !== s.selfTabId) ?? null;
    });
  } else {
    void show(() => source.get(pinned!));
  }
  return () => {
    stopped = true;
    stops.forEach((stop) => stop());
  };
}
