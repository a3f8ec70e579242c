import type { Change, DbAccessor } from '../db';
import type { sendToBackground, sendToTab } from '../messages/client';
import type { TabSource } from './follow-tab';
import type { PanelLink } from './panel-link';
import type { StoryLookup } from './story';

/** Everything the side panel reaches outside itself, passed in so tests can supply their own. */
export interface PanelDeps {
  db: Pick<DbAccessor, 'get'>;
  /** `sidepanel.html?tabId=N` acts on tab N only; null: follow the active tab. */
  pinnedTabId: number | null;
  tabs: TabSource;
  sendToTab: typeof sendToTab;
  sendToBackground: typeof sendToBackground;
  subscribeChanges: (listener: (change: Change) => void) => () => void;
  /** The panel's line to the background: says which tab it shows, hears highlight clicks. */
  connect: (onSelect: (id: string) => void) => PanelLink;
  /** Other saved articles about the same story (none until story clusters exist). */
  story: StoryLookup;
  /** Waits between tries to reach a page whose content script is still starting. */
  sleep: (ms: number) => Promise<void>;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}
