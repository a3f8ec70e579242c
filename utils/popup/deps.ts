import type { ArticleCard, Change, DbAccessor } from '../db';
import type { sendToBackground, sendToTab } from '../messages/client';
import type { SettingStore } from '../options/toolbar-sites';
import type { ImportLine } from '../transfer/import-client';

/** Small settings the popup keeps between openings (the page card's fold). */
export interface PopupPrefs {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Everything the popup reaches outside itself, passed in so tests can supply their own. */
export interface PopupDeps {
  /** Reads only: every write goes to the background, the library's one owner. */
  db: Pick<DbAccessor, 'get'>;
  /** The tab the popup acts on, or null when there is none. */
  tabId: () => Promise<number | null>;
  sendToTab: typeof sendToTab;
  sendToBackground: typeof sendToBackground;
  /** Hear every committed change to the library, made here or anywhere else. Returns the stop. */
  subscribeChanges: (listener: (change: Change) => void) => () => void;
  prefs: PopupPrefs;
  now: () => Date;
  /** Where downloads are offered. */
  document: Document;
  /** Open the library page in a tab. */
  openLibrary: () => Promise<void>;
  /** Where the reader's toolbar choice is kept (absent: the popup offers no site switch). */
  settings?: SettingStore;
  /** Open the options page. */
  openOptions?: () => void;
  /** Where an import file is handed to the background, which imports it. */
  importLine: ImportLine;
  /** Waits between tries to reach a page whose content script is still starting. */
  sleep: (ms: number) => Promise<void>;
  /** The newest cards, read before the first render (`entrypoints/popup-boot`), if in time. */
  firstCards?: ArticleCard[] | null;
}
