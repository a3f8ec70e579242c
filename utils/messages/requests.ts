import { z } from 'zod';
import { ArticleSchema, RelatedLinkSchema } from '../schemas/article';
import {
  HighlightColor,
  HighlightSchema,
  LinkSchema,
  SavedArticleSchema,
  SelectorSchema,
} from '../schemas/records';
import { HttpUrl } from '../schemas/url';
import {
  MAX_BULK_ARTICLES,
  MAX_DELETED_HIGHLIGHTS,
  MAX_DELETED_LINKS,
  MAX_FRAME_SIZE,
  MAX_ID_CHARS,
  MAX_NOTE_CHARS,
  MAX_TAG_INPUT_CHARS,
  MAX_TAG_INPUTS,
} from '../limits';
import type { FrameTheme } from './broadcasts';

/*
 * Requests to the background service worker (from the page's content script, the in-page frame
 * and the extension's own pages). Every request is checked with its zod schema by the receiver,
 * with the sender's id and, for `extensionOnlyRequests`, the sender's origin, before any handler
 * runs. What each one answers: `replies.ts`.
 */

const Id = z.string().min(1).max(MAX_ID_CHARS);
const TabId = z.number().int().nonnegative();
const Note = z.string().max(MAX_NOTE_CHARS);
const StoredHighlightSchema = HighlightSchema.extend({ articleUrl: HttpUrl });
/** What undo of an article's deletion brings back (`article/delete` answers it). */
const DeletedArticleSchema = z.strictObject({
  article: SavedArticleSchema,
  highlights: z.array(StoredHighlightSchema).max(MAX_DELETED_HIGHLIGHTS),
  links: z.array(LinkSchema).max(MAX_DELETED_LINKS),
});
/** Tags as a page sends them: the receiver cleans them (`cleanTags`). */
const TagsInput = z.array(z.string().max(MAX_TAG_INPUT_CHARS)).max(MAX_TAG_INPUTS);
const Urls = z.array(HttpUrl).max(MAX_BULK_ARTICLES);
const Theme = z.enum(['light', 'dark']) satisfies z.ZodType<FrameTheme>;
/** The canonical URL the page names; used only where it agrees with the page's own address. */
const Canonical = HttpUrl.nullable();
const Size = z.number().min(0).max(MAX_FRAME_SIZE);

/** The page's content script: what it found, and where the reader's highlights are. */
const pageRequests = {
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
  /** Where the reader's highlights are on a page (ids, colors, selectors: never notes). */
  'page/highlights': z.strictObject({ url: HttpUrl }),
} as const;

/** Highlights: added, changed, deleted and brought back. */
const highlightRequests = {
  /** Add a highlight (extension pages only); saves the article first when it is not saved yet. */
  'highlight/add': z.strictObject({ article: ArticleSchema, highlight: HighlightSchema }),
  'highlight/update': z.strictObject({
    id: Id,
    note: Note.optional(),
    color: HighlightColor.optional(),
    tags: TagsInput.optional(),
  }),
  'highlight/delete': z.strictObject({ id: Id }),
  /** Undo the deletion of one highlight. */
  'highlight/restore': z.strictObject({ highlight: StoredHighlightSchema }),
  /**
   * The reader clicked a painted highlight (a trusted click). When a side panel shows the tab, the
   * panel selects it and the page opens no editor.
   */
  'highlight/clicked': z.strictObject({ id: Id }),
} as const;

/** Articles, from the extension's own pages: writes through the data owner. */
const articleRequests = {
  /**
   * Save (or update) the page a tab shows: its article as the tab's page session extracted it, or
   * the page as it is (background/save-tab.ts).
   */
  'article/save': z.strictObject({ tabId: TabId }),
  /** What a view shows for a tab: the page's key and its checked card (background/tab-state.ts). */
  'tab/state': z.strictObject({ tabId: TabId }),
  'article/note': z.strictObject({ url: HttpUrl, note: Note }),
  /** Delete a saved article; answers what undo needs. */
  'article/delete': z.strictObject({ url: HttpUrl }),
  /** Undo a deletion. */
  'article/restore': z.strictObject({ deleted: DeletedArticleSchema }),
  'articles/delete': z.strictObject({ urls: Urls }),
  'articles/restore': z.strictObject({
    deleted: z.array(DeletedArticleSchema).max(MAX_BULK_ARTICLES),
  }),
} as const;

/** The reader's own tags (the library). */
const tagRequests = {
  /** Replace an article's tags (cleaned by the receiver). */
  'article/tags': z.strictObject({ url: HttpUrl, tags: TagsInput }),
  /** Add and remove tags on several articles; answers the urls that changed. */
  'tags/edit': z.strictObject({
    urls: Urls,
    add: TagsInput.optional(),
    remove: TagsInput.optional(),
  }),
  /** Rename tags across the library; renaming to a tag that exists merges them. */
  'tags/rename': z.strictObject({
    from: TagsInput.min(1),
    to: z.string().min(1).max(MAX_TAG_INPUT_CHARS),
  }),
} as const;

/** Related links kept for later. */
const linkRequests = {
  'link/later': z.strictObject({ link: RelatedLinkSchema, keep: z.boolean() }),
  'link/read': z.strictObject({ url: HttpUrl, read: z.boolean() }),
} as const;

/** The library as a whole: sync. */
const libraryRequests = {
  /** Sync with the reader's WebDAV storage now, or only test the connection (options page). */
  'sync/run': z.strictObject({ mode: z.enum(['sync', 'test']) }),
} as const;

/**
 * The in-page highlight UI. The page's content script says only where the reader selected or
 * clicked (a selector or a highlight id); the extension frame over the page (an extension-origin
 * document) says what the reader chose (color, note). The background holds the pending selection
 * of each tab between the two and is the one that writes.
 */
export const uiRequests = {
  /** Content script: the reader selected text; offer the toolbar for it. */
  'ui/toolbar': z.strictObject({ selector: SelectorSchema, canonical: Canonical, theme: Theme }),
  /** Content script: the reader clicked a painted highlight; offer its colors and Note. */
  'ui/painted': z.strictObject({ id: Id, canonical: Canonical, theme: Theme }),
  /** Content script: the reader moved on (empty selection, Esc, a click elsewhere). */
  'ui/close': z.strictObject({}),
  /** Content script, after a keyboard shortcut or menu entry the reader used: highlight this. */
  'page/highlight-selection': z.strictObject({ selector: SelectorSchema, canonical: Canonical }),
  /** Frame: the reader pressed Highlight. */
  'frame/add': z.strictObject({ color: HighlightColor }),
  /** Frame: the reader picked a color for the painted highlight shown (undo: pick it again). */
  'frame/color': z.strictObject({ color: HighlightColor }),
  /**
   * Frame: the reader pressed Note. The selection becomes a highlight if it is not one yet, and
   * its note opens where no page can draw: the side panel (`panelOpened`: the frame opened it
   * already, in the reader's click), else a small extension window.
   */
  'frame/note': z.strictObject({ color: HighlightColor, panelOpened: z.boolean() }),
  /** Frame: the reader closed the toolbar. */
  'frame/close': z.strictObject({}),
  /** Frame: the size its panel needs, in CSS pixels. */
  'frame/size': z.strictObject({ width: Size, height: Size }),
} as const;

export const backgroundRequests = {
  ...pageRequests,
  ...highlightRequests,
  ...articleRequests,
  ...tagRequests,
  ...linkRequests,
  ...libraryRequests,
  ...uiRequests,
} as const;

export type BackgroundType = keyof typeof backgroundRequests;
export type BackgroundRequestOf<T extends BackgroundType> = z.infer<(typeof backgroundRequests)[T]>;

/** Requests only the extension's own documents may send, never a content script. */
export const extensionOnlyRequests: ReadonlySet<BackgroundType> = new Set<BackgroundType>([
  'article/save',
  'tab/state',
  'article/note',
  'article/delete',
  'article/restore',
  'articles/delete',
  'articles/restore',
  'highlight/restore',
  'article/tags',
  'tags/edit',
  'tags/rename',
  'link/later',
  'link/read',
  'sync/run',
]);
