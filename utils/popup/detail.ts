import type { Change } from '../db';
import type { MessageKey } from '../i18n';
import type { Highlight, SavedArticle } from '../schemas/records';
import type { PopupDeps } from './deps';
import type { CurrentPage } from './use-current-page';
import type { Undoable } from './use-undo';

/** The open article as the popup keeps it. */
export interface OpenArticle {
  article: SavedArticle;
  /** In page order. */
  highlights: Highlight[];
  /** Highlights the tab showing it could not anchor; null until that tab was asked. */
  orphaned: ReadonlySet<string> | null;
}

/** The open article as the detail shows it. */
export interface Detail extends Omit<OpenArticle, 'orphaned'> {
  orphaned: ReadonlySet<string>;
  /** The current tab shows this article (derived from the tab's page, never stored). */
  onTab: boolean;
}

export interface DetailContext {
  deps: Pick<PopupDeps, 'db' | 'sendToTab' | 'sendToBackground'>;
  page: CurrentPage;
  /** A write of this popup committed: show it at once (the change feed tells everyone else). */
  wrote: (change: Change) => Promise<void>;
  /** Offer to take back a deletion. */
  offerUndo: (undoable: Undoable) => void;
  report: (key: MessageKey, e: unknown) => void;
}
