import { getArticle, listHighlights, type Db } from '../db';
import { pollAnchors } from './anchor-poll';
import type { PanelDeps } from './deps';
import type { PanelTab } from './follow-tab';
import { askPageArticle } from '../view/page-article';
import type { ArticlePreview } from '../schemas/article-preview';
import type { Highlight, SavedArticle } from '../schemas/records';
import { safeHttpUrl } from '../url';

/** What the panel shows for the tab it follows. */
export type PanelView =
  | { kind: 'none' }
  /** The tab is still loading and its page does not answer yet. */
  | { kind: 'loading' }
  /** A browser page, the web store, a file: nothing of the extension runs there. */
  | { kind: 'restricted' }
  /** An http(s) page whose content script does not answer (opened before the extension). */
  | { kind: 'unreachable' }
  | PageView;

export interface PageView {
  kind: 'page';
  tabId: number;
  /** What the page's content script recognized; null: not an article (it can be saved as is). */
  article: ArticlePreview | null;
  /** The address the page's record and highlights are kept under. */
  key: string;
  saved: SavedArticle | null;
  /** In page order. */
  highlights: Highlight[];
  /** Highlights the page could not find in its text. */
  orphaned: ReadonlySet<string>;
  /** Highlights the page has not reported on yet (just made, or still being painted). */
  unknown: number;
}

export interface PageRecord {
  saved: SavedArticle | null;
  highlights: Highlight[];
}

/** The saved record and highlights kept under `key`. */
export async function readRecord(db: Db, key: string): Promise<PageRecord> {
  const [saved, highlights] = await Promise.all([getArticle(db, key), listHighlights(db, key)]);
  return { saved, highlights };
}

/** Which of `ids` the page painted and which it could not place; unknown ids are neither. */
export async function askOrphans(
  deps: Pick<PanelDeps, 'sendToTab'>,
  tabId: number,
  ids: readonly string[],
): Promise<{ orphaned: ReadonlySet<string>; unknown: number }> {
  try {
    const answer = await deps.sendToTab(tabId, 'tab/anchors', {});
    const strings = (v: unknown) =>
      new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    const orphaned = strings(answer.orphaned);
    const anchored = strings(answer.anchored);
    const unknown = ids.filter((id) => !orphaned.has(id) && !anchored.has(id)).length;
    return { orphaned, unknown };
  } catch {
    return { orphaned: new Set(), unknown: 0 };
  }
}

/**
 * Read the page's record again and ask the page which of its highlights it anchored (again, a
 * few times, while some are not reported yet); each result goes to `show` while `live()`.
 */
export async function readAnchored(
  deps: Pick<PanelDeps, 'db' | 'sendToTab' | 'sleep'>,
  page: PageView,
  live: () => boolean,
  show: (next: PageView) => void,
): Promise<void> {
  const record = await readRecord(await deps.db.get(), page.key);
  const ids = record.highlights.map((h) => h.id);
  await pollAnchors({
    ask: () => askOrphans(deps, page.tabId, ids),
    sleep: deps.sleep,
    live,
    show: (anchors) => show({ ...page, ...record, ...anchors }),
  });
}

/** Everything the panel shows for one tab: the page's article, its record, its highlights. */
export async function loadView(
  deps: Pick<PanelDeps, 'db' | 'sendToTab' | 'sendToBackground'>,
  tab: PanelTab | null,
): Promise<PanelView> {
  if (!tab) return { kind: 'none' };
  const address = safeHttpUrl(tab.url, undefined, true);
  if (!address) return tab.loading && !tab.url ? { kind: 'loading' } : { kind: 'restricted' };
  const { article, reachable, key: given } = await askPageArticle(deps, tab.id);
  if (!reachable) return tab.loading ? { kind: 'loading' } : { kind: 'unreachable' };
  // The background's key, from the tab's own address: never the page's claim on its word.
  const key = given ?? address;
  const record = await readRecord(await deps.db.get(), key);
  const anchors = await askOrphans(
    deps,
    tab.id,
    record.highlights.map((h) => h.id),
  );
  return { kind: 'page', tabId: tab.id, article, key, ...record, ...anchors };
}

/** The panel's view of its page, as the hooks that write see it: read it, read it again, patch it. */
export interface ViewHandle {
  view: PageView | null;
  reload: () => Promise<void>;
  patch: (change: (page: PageView) => PageView) => void;
}
