import { countHighlights, getArticle, listHighlights, type Db, type Owner } from '../db';
import type { HandlerMap } from '../messages/dispatch';
import type { BackgroundResponses, backgroundRequests } from '../messages/protocol';
import type { Article } from '../schemas/article';
import { toHighlight } from '../schemas/canonical';
import type { SyncStatus } from '../sync/settings';

export type BadgeState = 'saved' | 'quickread' | 'none';

export interface BackgroundDeps {
  db: () => Promise<Db>;
  /** The one writer of the library (announces every change). */
  owner: Owner;
  /** Inject the annotator into one frame of a tab. */
  injectAnnotator: (tabId: number, frameId: number) => Promise<void>;
  /** Show on the toolbar icon what the extension knows of a tab's page. */
  setBadge: (tabId: number, state: BadgeState) => Promise<void>;
  /** Sync with the reader's WebDAV storage (absent where sync is not set up). */
  sync?: { run(mode: 'sync' | 'test'): Promise<SyncStatus> };
  /** Remember what a tab shows (its article's url and format), for later badge updates. */
  notePage?: (tabId: number, url: string, format: Article['format'] | null) => void;
  /** Select a highlight in the side panel showing a tab; false when none shows it. */
  selectInPanel?: (tabId: number, id: string) => boolean;
}

/** What the toolbar badge says for a page: saved, a recognized quick-read article, or nothing. */
export function badgeFor(article: Pick<Article, 'format'> | null, saved: boolean): BadgeState {
  if (saved) return 'saved';
  return article?.format === 'quickread' ? 'quickread' : 'none';
}

/** The background's answers to every request of the protocol: plain async functions. */
export function createBackgroundHandlers(
  deps: BackgroundDeps,
): HandlerMap<typeof backgroundRequests, BackgroundResponses> {
  const { owner } = deps;
  async function badge(tabId: number | null, article: Article | null, saved: boolean) {
    if (tabId == null) return;
    if (article) deps.notePage?.(tabId, article.url, article.format);
    await deps.setBadge(tabId, badgeFor(article, saved));
  }
  return {
    async 'page/found'({ article }, { tabId }) {
      const saved = article ? await getArticle(await deps.db(), article.url) : null;
      await badge(tabId, article, saved != null);
      return null;
    },
    async 'page/annotate'(_data, { tabId, frameId }) {
      if (tabId == null) throw new Error('Only pages in tabs can be annotated.');
      await deps.injectAnnotator(tabId, frameId);
      return null;
    },
    async 'page/highlight-count'({ url }) {
      return countHighlights(await deps.db(), url);
    },
    async 'article/save'({ article, tabId }, sender) {
      const { article: saved } = await owner.saveArticle(article);
      await badge((sender.extensionPage ? tabId : undefined) ?? sender.tabId, article, true);
      return saved;
    },
    async 'page/highlights'({ url }) {
      return listHighlights(await deps.db(), url);
    },
    async 'highlight/add'({ article, highlight }, { tabId }) {
      await owner.addHighlight(article, highlight);
      await badge(tabId, article, true);
      return highlight;
    },
    async 'highlight/update'({ id, note, color }) {
      return toHighlight(await owner.updateHighlight(id, { note, color }));
    },
    async 'highlight/delete'({ id }) {
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
