import { countHighlights, getArticle, listHighlights, type Db, type Owner } from '../db';
import { badgeFor, type BadgeState } from './badge';
import type { DispatchContext, HandlerMap } from '../messages/dispatch';
import type { BackgroundResponses, backgroundRequests } from '../messages/protocol';
import type { Article } from '../schemas/article';
import type { SavedArticle } from '../schemas/records';
import { toHighlight } from '../schemas/canonical';
import type { SyncStatus } from '../sync/settings';
import { pageKey } from './page-key';
import type { TabState } from './tab-state';
import { noPageUi, Refusal, type PageUi } from './page-ui';

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

const refuse = (why: string) => new Refusal(`Refused: ${why}`);

/**
 * The address a request may act on: a content script's own page (its canonical URL only where
 * the two agree, see page-key.ts); an extension page may name any address.
 */
function keyFor(ctx: DispatchContext, claimed: string | null): string {
  if (ctx.extensionPage) {
    if (!claimed) throw refuse('no address');
    return claimed;
  }
  const key = pageKey(ctx.url, claimed);
  if (!key) throw refuse('not an http(s) page');
  return key;
}

/** The background's answers to every request of the protocol: plain async functions. */
export function createBackgroundHandlers(
  deps: BackgroundDeps,
): HandlerMap<typeof backgroundRequests, BackgroundResponses> {
  const { owner } = deps;
  async function badge(
    tabId: number | null,
    article: Pick<Article, 'url' | 'format'> | null,
    saved: boolean,
  ) {
    if (tabId == null) return;
    if (article) deps.notePage?.(tabId, article.url, article.format);
    await deps.setBadge(tabId, badgeFor(article, saved));
  }
  /** A content script's highlight: only one of its own page. */
  async function checkOwnHighlight(id: string, ctx: DispatchContext) {
    if (ctx.extensionPage) return;
    const own = await listHighlights(await deps.db(), keyFor(ctx, null));
    if (!own.some((h) => h.id === id)) throw refuse('not a highlight of this page');
  }
  return {
    ...(deps.pageUi ?? noPageUi()).handlers,
    async 'page/found'({ article }, ctx) {
      const own = article && { ...article, url: keyFor(ctx, article.url) };
      const saved = own ? await getArticle(await deps.db(), own.url) : null;
      await badge(ctx.tabId, own, saved != null);
      return null;
    },
    async 'page/annotate'(_data, { tabId, frameId }) {
      if (tabId == null) throw new Error('Only pages in tabs can be annotated.');
      await deps.injectAnnotator(tabId, frameId);
      return null;
    },
    async 'page/highlight-count'({ url }, ctx) {
      return countHighlights(await deps.db(), keyFor(ctx, url));
    },
    async 'article/save'({ tabId }) {
      return deps.saveTab(tabId);
    },
    async 'tab/state'({ tabId }) {
      return deps.tabState(tabId);
    },
    async 'page/highlights'({ url }, ctx) {
      const found = await listHighlights(await deps.db(), keyFor(ctx, url));
      // Locations only: the page never receives a note.
      return found.map(({ id, color, selector }) => ({ id, color, selector }));
    },
    async 'highlight/add'({ article, highlight }, ctx) {
      if (!ctx.extensionPage) throw refuse('pages add highlights through the reader only');
      await owner.addHighlight(article, highlight);
      await badge(ctx.tabId, article, true);
      return highlight;
    },
    async 'highlight/update'({ id, note, color, tags }, ctx) {
      await checkOwnHighlight(id, ctx);
      return toHighlight(await owner.updateHighlight(id, { note, color, tags }));
    },
    async 'highlight/delete'({ id }, ctx) {
      await checkOwnHighlight(id, ctx);
      await owner.deleteHighlight(id);
      return null;
    },
    async 'highlight/clicked'({ id }, { tabId }) {
      const handledByPanel = tabId != null && (deps.selectInPanel?.(tabId, id) ?? false);
      return { handledByPanel };
    },
    async 'article/delete'({ url }) {
      return owner.deleteArticle(url);
    },
    async 'article/restore'({ deleted }) {
      return owner.restoreArticle(deleted);
    },
    async 'article/note'({ url, note }) {
      return owner.setArticleNote(url, note);
    },
    async 'highlight/restore'({ highlight }) {
      await owner.restoreHighlight(highlight);
      return null;
    },
    async 'link/later'({ link, keep }) {
      return owner.setLinkForLater(link, keep);
    },
    async 'link/read'({ url, read }) {
      return owner.setLinkRead(url, read);
    },
    async 'article/tags'({ url, tags }) {
      return owner.setArticleTags(url, tags);
    },
    async 'tags/edit'({ urls, add, remove }) {
      return owner.editTags(urls, { add, remove });
    },
    async 'tags/rename'({ from, to }) {
      return owner.renameTags(from, to);
    },
    async 'articles/delete'({ urls }) {
      return owner.deleteArticles(urls);
    },
    async 'articles/restore'({ deleted }) {
      return owner.restoreArticles(deleted);
    },
    async 'changes/announce'() {
      owner.announce({ articles: [], highlights: [], links: [], all: true });
      return null;
    },
    async 'sync/run'({ mode }) {
      if (!deps.sync) throw new Error('Sync is not available here.');
      return deps.sync.run(mode);
    },
  };
}
