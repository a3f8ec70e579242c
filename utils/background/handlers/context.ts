import { listHighlights, type Db, type Owner } from '../../db';
import type { BadgeState } from '../badge';
import type { DispatchContext, HandlerMap } from '../../messages/dispatch';
import type { BackgroundType, backgroundRequests } from '../../messages/requests';
import type { BackgroundResponses } from '../../messages/replies';
import type { Article } from '../../schemas/article';
import type { SavedArticle } from '../../schemas/records';
import type { SyncStatus } from '../../sync/settings';
import { pageKey } from '../page-key';
import type { TabState } from '../../messages/replies';
import { Refusal, type PageUi } from '../page-ui';

export interface BackgroundDeps {
  db: () => Promise<Db>;
  /** The one writer of the library (announces every change). */
  owner: Owner;
  /** Inject the annotator into one frame of a tab. */
  injectAnnotator: (tabId: number, frameId: number) => Promise<void>;
  /** Save the page a tab shows (background/save-tab.ts: the one save path). */
  saveTab: (tabId: number) => Promise<SavedArticle>;
  /** What a view shows for a tab (background/tab-state.ts). */
  tabState: (tabId: number) => Promise<TabState>;
  /** Show on the toolbar icon what the extension knows of a tab's page. */
  setBadge: (tabId: number, state: BadgeState) => Promise<void>;
  /** Sync with the reader's WebDAV storage (absent where sync is not set up). */
  sync?: { run(mode: 'sync' | 'test'): Promise<SyncStatus> };
  /** Remember what a tab shows (its article's url and format), for later badge updates. */
  notePage?: (tabId: number, url: string, format: Article['format'] | null) => void;
  /** Select a highlight in the side panel showing a tab; false when none shows it. */
  selectInPanel?: (tabId: number, id: string) => boolean;
  /** The in-page highlight UI (toolbar and editor in the extension frame). */
  pageUi?: Pick<PageUi, 'handlers'>;
}

/** The handlers of some of the background's requests. */
export type HandlerGroup<K extends BackgroundType> = Pick<
  HandlerMap<typeof backgroundRequests, BackgroundResponses>,
  K
>;

export const refuse = (why: string) => new Refusal(`Refused: ${why}`);

/**
 * The address a request may act on: a content script's own page (its canonical URL only where
 * the two agree, see page-key.ts); an extension page may name any address.
 */
export function keyFor(ctx: DispatchContext, claimed: string | null): string {
  if (ctx.extensionPage) {
    if (!claimed) throw refuse('no address');
    return claimed;
  }
  const key = pageKey(ctx.url, claimed);
  if (!key) throw refuse('not an http(s) page');
  return key;
}

/** A content script may act only on a highlight of its own page. */
export async function checkOwnHighlight(db: Db, id: string, ctx: DispatchContext): Promise<void> {
  if (ctx.extensionPage) return;
  const own = await listHighlights(db, keyFor(ctx, null));
  if (!own.some((h) => h.id === id)) throw refuse('not a highlight of this page');
}
