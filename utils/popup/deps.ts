import type { DbAccessor } from '../db';
import type { sendToBackground, sendToTab } from '../messages/client';

/** Everything the popup reaches outside itself, passed in so tests can supply their own. */
export interface PopupDeps {
  db: Pick<DbAccessor, 'get'>;
  /** The tab the popup acts on, or null when there is none. */
  tabId: () => Promise<number | null>;
  sendToTab: typeof sendToTab;
  sendToBackground: typeof sendToBackground;
  now: () => Date;
  /** Where downloads are offered. */
  document: Document;
  /** Open the library page in a tab. */
  openLibrary: () => Promise<void>;
  /** Waits between tries to reach a page whose content script is still starting. */
  sleep: (ms: number) => Promise<void>;
}
