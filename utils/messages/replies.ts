import type { ArticleHead } from '../db/schema';
import type { DeletedArticle } from '../db/removal';
import type { Article, ArticleCard } from '../schemas/article';
import type { SyncStatus } from '../sync/settings';
import type { TabState } from '../background/tab-state';
import type { PaintedHighlight } from './tab-requests';

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
  /** The article the page shows, as a card (no body). */
  'tab/article': { article: ArticleCard | null };
  'tab/anchors': { anchored: string[]; orphaned: string[] };
  'tab/scroll-to': { found: boolean };
  'tab/refresh': null;
  'tab/navigated': null;
  'tab/highlight-selection': { added: boolean };
  /** The whole article: the one save path needs its body (background/save-tab.ts). */
  'tab/page-article': { article: Article | null };
  'tab/paint': null;
  'tab/unpaint': null;
  'tab/frame': null;
}
