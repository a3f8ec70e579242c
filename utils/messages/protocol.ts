import { z } from 'zod';
import { ArticleSchema } from '../schemas/article';
import { RelatedLinkSchema } from '../schemas/article';
import {
  HighlightColor,
  HighlightSchema,
  LinkSchema,
  SavedArticleSchema,
  type Highlight,
  type Link,
  type SavedArticle,
  type StoredHighlight,
} from '../schemas/records';
import type { PaintedHighlight } from './tab-protocol';
import { HttpUrl } from '../schemas/url';
import { uiRequests, type UiResponses } from './ui-protocol';
import type { SyncStatus } from '../sync/settings';
import type { TabState } from '../background/tab-state';

/**
 * Requests the background service worker answers (from the content script and the popup). Every
 * request is checked with its zod schema by the receiver before any handler runs.
 */
const Id = z.string().min(1).max(100);
const StoredHighlightSchema = HighlightSchema.extend({ articleUrl: HttpUrl });
const DeletedArticleSchema = z.strictObject({
  article: SavedArticleSchema,
  highlights: z.array(StoredHighlightSchema).max(100_000),
  links: z.array(LinkSchema).max(10_000),
});

/** Tags as a page sends them: the receiver cleans them (`cleanTags`). */
const TagsInput = z.array(z.string().max(200)).max(200);
/** The most articles one bulk action names (the library's largest selection). */
const MAX_BULK = 100_000;

export const backgroundRequests = {
  /** The content script reports what it recognized on its page (sets the toolbar badge). */
  'page/found': z.strictObject({
    article: z.strictObject({ url: HttpUrl, format: ArticleSchema.shape.format }).nullable(),
  }),
  /** A page that may need the annotator asks for it (injected into the sender's frame). */
  'page/annotate': z.strictObject({}),
  /**
   * How many highlights the reader made on a page (pages that are not articles ask this). From a
   * content script `url` is only the page's claim: the sender's own address decides (page-key.ts).
   */
  'page/highlight-count': z.strictObject({ url: HttpUrl }),
  /**
   * Save (or update) the page a tab shows: its article as the tab's page session extracted it, or
   * the page as it is (background/save-tab.ts). From the extension's own pages only.
   */
  'article/save': z.strictObject({ tabId: z.number().int().nonnegative() }),
  /**
   * What a view shows for a tab: the page's key from the tab's own address and its checked article
   * card (background/tab-state.ts). From the extension's own pages only.
   */
  'tab/state': z.strictObject({ tabId: z.number().int().nonnegative() }),
  /** Where the reader's highlights are on a page (ids, colors, selectors: never notes). */
  'page/highlights': z.strictObject({ url: HttpUrl }),
  /** Add a highlight (extension pages only); saves the article first when it is not saved yet. */
  'highlight/add': z.strictObject({ article: ArticleSchema, highlight: HighlightSchema }),
  'highlight/update': z.strictObject({
    id: Id,
    note: z.string().max(20000).optional(),
    color: HighlightColor.optional(),
    tags: TagsInput.optional(),
  }),
  'highlight/delete': z.strictObject({ id: Id }),
  /**
   * The reader clicked a painted highlight (a trusted click). When a side panel shows the tab, the
   * panel selects it and the page opens no editor.
   */
  'highlight/clicked': z.strictObject({ id: Id }),
  // The extension's own pages (popup, side panel, library): writes through the data owner.
  /** Delete a saved article; answers what undo needs. */
  'article/delete': z.strictObject({ url: HttpUrl }),
  /** Undo a deletion. */
  'article/restore': z.strictObject({ deleted: DeletedArticleSchema }),
  'article/note': z.strictObject({ url: HttpUrl, note: z.string().max(20000) }),
  /** Undo the deletion of one highlight. */
  'highlight/restore': z.strictObject({ highlight: StoredHighlightSchema }),
  'link/later': z.strictObject({ link: RelatedLinkSchema, keep: z.boolean() }),
  'link/read': z.strictObject({ url: HttpUrl, read: z.boolean() }),
  /** A write made in the extension's origin outside the owner (the import worker) committed. */
  'changes/announce': z.strictObject({}),
  // The library: the reader's own tags, and deleting several articles at once.
  /** Replace an article's tags (cleaned by the receiver). */
  'article/tags': z.strictObject({ url: HttpUrl, tags: TagsInput }),
  /** Add and remove tags on several articles; answers the urls that changed. */
  'tags/edit': z.strictObject({
    urls: z.array(HttpUrl).max(MAX_BULK),
    add: TagsInput.optional(),
    remove: TagsInput.optional(),
  }),
  /** Rename tags across the library; renaming to a tag that exists merges them. */
  'tags/rename': z.strictObject({ from: TagsInput.min(1), to: z.string().min(1).max(200) }),
  'articles/delete': z.strictObject({ urls: z.array(HttpUrl).max(MAX_BULK) }),
  'articles/restore': z.strictObject({ deleted: z.array(DeletedArticleSchema).max(MAX_BULK) }),
  /** Sync with the reader's WebDAV storage now, or only test the connection (options page). */
  'sync/run': z.strictObject({ mode: z.enum(['sync', 'test']) }),
  ...uiRequests,
} as const;

/** Requests only the extension's own documents may send, never a content script. */
export const extensionOnlyRequests: ReadonlySet<BackgroundType> = new Set<BackgroundType>([
  'article/save',
  'tab/state',
  'article/delete',
  'article/restore',
  'article/note',
  'highlight/restore',
  'link/later',
  'link/read',
  'changes/announce',
  'article/tags',
  'tags/edit',
  'tags/rename',
  'articles/delete',
  'articles/restore',
  'sync/run',
]);

export interface BackgroundResponses extends UiResponses {
  'page/found': null;
  'page/annotate': null;
  'page/highlight-count': number;
  'article/save': SavedArticle;
  'tab/state': TabState;
  'page/highlights': PaintedHighlight[];
  'highlight/add': Highlight;
  'highlight/update': Highlight;
  'highlight/delete': null;
  'highlight/clicked': { handledByPanel: boolean };
  'article/delete': DeletedArticle;
  'article/restore': SavedArticle;
  'article/note': SavedArticle;
  'highlight/restore': null;
  'link/later': Link;
  'link/read': Link;
  'changes/announce': null;
  'article/tags': SavedArticle;
  'tags/edit': string[];
  'tags/rename': string[];
  'articles/delete': DeletedArticle[];
  'articles/restore': SavedArticle[];
  'sync/run': SyncStatus;
}

export interface DeletedArticle {
  article: SavedArticle;
  highlights: StoredHighlight[];
  links: Link[];
}

export type BackgroundType = keyof typeof backgroundRequests;
