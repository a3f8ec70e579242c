import { getArticle, type Change, type Db } from '../db';
import { badgeFor, type BadgeState } from './badge';

/** What the background knows of one tab's page: its article's url and format, from page/found. */
export interface TabPage {
  url: string;
  format: 'quickread' | 'generic' | null;
}

export interface FeedDeps {
  db: () => Promise<Db>;
  /** Tell the extension's open documents (popup, side panel, library…). */
  broadcast: (change: Change) => Promise<void>;
  /** The open tabs with their address (http(s) tabs only: the host permissions show those). */
  tabs: () => Promise<{ id: number; url: string }[]>;
  setBadge: (tabId: number, state: BadgeState) => Promise<void>;
  /** Ask a tab's page to read its highlights again (it asks for its own page's only). */
  refreshTab: (tabId: number, url: string) => Promise<void>;
  onError: (e: unknown) => void;
}

const withoutFragment = (url: string) => url.split('#')[0]!;

/**
 * The background's side of the change feed: after every committed write, the extension's views
 * hear the change, and the tabs showing a changed article get their badge repainted and are asked
 * to paint their highlights again. Only the tabs concerned are told anything.
 */
export function createChangeFeed(deps: FeedDeps) {
  const pages = new Map<number, TabPage>();

  async function followTabs(change: Change): Promise<void> {
    const changed = new Set(change.articles);
    const tabs = await deps.tabs();
    const concerned = tabs.filter((tab) => {
      const known = pages.get(tab.id)?.url;
      return change.all || changed.has(withoutFragment(tab.url)) || (!!known && changed.has(known));
    });
    if (!concerned.length) return;
    const db = await deps.db();
    await Promise.all(
      concerned.map(async (tab) => {
        const page = pages.get(tab.id);
        const url = page?.url ?? withoutFragment(tab.url);
        const saved = (await getArticle(db, url)) !== null;
        const format = page?.format ?? null;
        await deps.setBadge(tab.id, badgeFor(format ? { format } : null, saved));
        // The page paints highlights only: a change to none of them leaves it as it is.
        if (change.all || change.highlights.length > 0) await deps.refreshTab(tab.id, tab.url);
      }),
    );
  }

  return {
    /** page/found told us what a tab shows. */
    notePage(tabId: number, url: string, format: TabPage['format']) {
      pages.set(tabId, { url, format });
    },
    /** Whether the tab shows a recognized article or a saved page (under `key`). */
    showsArticle(tabId: number, key: string | null): boolean {
      const page = pages.get(tabId);
      return !!page && (page.format !== null || page.url === key);
    },
    forgetTab(tabId: number) {
      pages.delete(tabId);
    },
    announce(change: Change): void {
      deps.broadcast(change).catch(deps.onError);
      followTabs(change).catch(deps.onError);
    },
  };
}
export type ChangeFeed = ReturnType<typeof createChangeFeed>;
