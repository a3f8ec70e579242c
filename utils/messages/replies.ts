import type { ArticleHead } from '../db/schema';
import type { DeletedArticle } from '../db/removal';
import type { Article } from '../schemas/article';
import type { ArticlePreview } from '../schemas/article-preview';
import type { SyncStatus } from '../sync/settings';
import type { PaintedHighlight } from './tab-requests';

/**
 * What a view (popup, side panel) shows for a tab, as the background decides it: the page's key
 * from the tab's own address (background/page-key.ts: a canonical claim only where it names the same page
 * under the same scheme), and the page's article card, checked. No view asks the page itself or
 * takes its claim on its word.
 */
export interface TabState {
  /** The address the page's record and highlights are kept under; null: not an http(s) page. */
  key: string | null;
  /** The recognized article (its `url` is `key`), or null: not an article. */
  card: ArticlePreview | null;
  /** The page answered: it can be saved as it is even when it is not an article. */
  reachable: boolean;
}

/*
 * What every request answers, by its type name. A reply carries ids or cards, not whole records,
 * where the view that asked does not need the record: the views read the library themselves
 * (`utils/db`) and follow the change feed. Undo is the exception: a deletion answers what it
 * removed, so the reader can bring it back.
 */

export type { DeletedArticle };

/** An article a request changed: its address. */
export interface ArticleRef {
  url: string;
}
/** A highlight a request added or changed: its id. */
export interface HighlightRef {
  id: string;
}
/** A link a request changed: its address. */
export interface LinkRef {
  url: string;
}
/** The tags an article carries after a request set them (cleaned, each once). */
export interface ArticleTags {
  url: string;
  tags: string[];
}

/** The background's answers to the page's content script and the extension's pages. */
export interface PageResponses {
  'page/found': null;
  'page/annotate': null;
  'page/highlight-count': number;
  'page/highlights': PaintedHighlight[];
}

export interface HighlightResponses {
  'highlight/add': HighlightRef;
  'highlight/update': HighlightRef;
  'highlight/delete': null;
  /** Undo needs nothing back: the reader's copy was in the undo toast. */
  'highlight/restore': null;
  'highlight/clicked': { handledByPanel: boolean };
}

export interface ArticleResponses {
  /** The saved article's head (no body): a view re-reads what the change names. */
  'article/save': ArticleHead;
  'tab/state': TabState;
  'article/note': ArticleRef;
  /** What the deletion removed, for undo. */
  'article/delete': DeletedArticle;
  'article/restore': ArticleRef;
  'articles/delete': DeletedArticle[];
  /** The addresses brought back. */
  'articles/restore': string[];
}

export interface TagResponses {
  'article/tags': ArticleTags;
  /** The addresses of the articles whose tags changed. */
  'tags/edit': string[];
  'tags/rename': string[];
}

export interface LinkResponses {
  'link/later': LinkRef;
  'link/read': LinkRef;
}

export interface LibraryResponses {
  'sync/run': SyncStatus;
}

/** The in-page highlight UI's requests (content script and frame). */
export interface UiResponses {
  /** Whether the toolbar is offered (the reader may want it only on articles, or never). */
  'ui/toolbar': { shown: boolean };
  'ui/painted': null;
  'ui/close': null;
  'page/highlight-selection': HighlightRef;
  'frame/add': HighlightRef;
  'frame/color': null;
  'frame/note': HighlightRef;
  'frame/close': null;
  'frame/size': null;
}

export interface BackgroundResponses
  extends
    PageResponses,
    HighlightResponses,
    ArticleResponses,
    TagResponses,
    LinkResponses,
    LibraryResponses,
    UiResponses {}

/** A page's content script's answers. */
export interface TabResponses {
  /**
   * The article the page shows, as a card (no body). `keywordsText`: run-together text whose words
   * are its keywords, split by the background (`background/page-answer.ts`), not on the page.
   */
  'tab/article': { article: ArticlePreview | null; keywordsText?: string };
  'tab/anchors': { anchored: string[]; orphaned: string[] };
  'tab/scroll-to': { found: boolean };
  'tab/refresh': null;
  'tab/navigated': null;
  'tab/highlight-selection': { added: boolean };
  /** The whole article: the one save path needs its body (background/save-tab.ts). */
  'tab/page-article': { article: Article | null; keywordsText?: string };
  'tab/paint': null;
  'tab/unpaint': null;
  'tab/frame': null;
}
