import type { Article } from '../../schemas/article';
import type { Selector } from '../../schemas/records';
import type { BackgroundType, RequestOf, ResponseOf } from '../../messages/types';
import type { FrameTheme } from '../../messages/broadcasts';
import { safeHttpUrl } from '../../url';
import { pageAsArticle } from './fallback-article';
import type { FrameHost } from './frame-host';
import { createFrameUi } from './frame-ui';
import { createRecognition, type RecognitionDeps } from './recognition';
import { createPainted, type Painter } from './painted';

export type { Painter } from './painted';

export interface SessionDeps {
  doc: Document;
  win: Window;
  url: () => string;
  recognize: RecognitionDeps['recognize'];
  findRoot: RecognitionDeps['findRoot'];
  describe: (root: Element, range: Range) => Selector;
  anchorAll: (root: Element, selectors: readonly Selector[]) => ({ range: Range } | null)[];
  painter: () => Painter;
  send: <T extends BackgroundType>(type: T, data: RequestOf<T>) => Promise<ResponseOf<T>>;
  /** The in-page frame (toolbar and editor); null where the page cannot hold one. */
  frame: () => FrameHost | null;
  theme: (near: Element | null) => FrameTheme;
  onError: (message: string) => void;
}

/**
 * Everything the page side does on one page: recognize it, paint the reader's highlights, and
 * turn the reader's selections and clicks into requests for the extension frame. It knows where
 * highlights are, never what the reader wrote about them.
 */
export function createPageSession(deps: SessionDeps) {
  const warn = (e: unknown) => deps.onError(e instanceof Error ? e.message : String(e));
  const page = createRecognition({ ...deps, warn });
  const canonical = page.canonical;
  const painted = createPainted({
    roots: page.roots,
    anchorAll: deps.anchorAll,
    painter: deps.painter,
    onError: deps.onError,
  });
  const selectorOf = (range: Range) => deps.describe(page.rootOf(range), range);
  const ui = createFrameUi({ ...deps, painted, selectorOf, canonical, warn });

  return {
    recognize: page.recognize,
    /** The page changed: an article not found yet may be there now (text rendered late). */
    recheck(): boolean {
      if (page.article()) return true;
      if (page.recognize()) this.reload().catch(warn);
      return page.article() !== null;
    },
    /** The page moved to another address (history API): its article and highlights follow. */
    async navigated(): Promise<void> {
      if (page.samePlace()) return;
      ui.close();
      page.recognize();
      await this.reload();
    },
    article: page.article,
    cachedArticle: page.cached,
    /** Run-together text whose words are the cached article's keywords (the extension splits it). */
    keywordsText: page.keywordsText,
    /** The page as an article to save: recognized, or as a plain page. */
    articleForSaving(): Article | null {
      return page.cached() ?? pageAsArticle(deps.doc, deps.url());
    },
    /** Load where the reader's highlights are on this page, and paint them. */
    async reload(): Promise<void> {
      const url = canonical() ?? safeHttpUrl(deps.url(), undefined, true);
      if (!url) return;
      painted.replace(await deps.send('page/highlights', { url }));
    },
    paint: painted.add,
    unpaint: painted.remove,
    retryOrphans: () => painted.retryOrphans(),
    hasOrphans: () => painted.hasOrphans(),
    anchors: () => painted.anchors(),
    scrollTo: painted.scrollTo,
    ...ui,
  };
}
export type PageSession = ReturnType<typeof createPageSession>;
