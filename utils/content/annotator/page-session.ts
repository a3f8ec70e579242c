import type { Article } from '../../schemas/article';
import type { Selector } from '../../schemas/records';
import type { BackgroundType, RequestOf, ResponseOf } from '../../messages/types';
import type { FrameTheme } from '../../messages/broadcasts';
import { TOOLBAR_HEIGHT, TOOLBAR_WIDTH } from '../../frame/toolbar-size';
import { safeHttpUrl } from '../../url';
import { pageAsArticle } from './fallback-article';
import type { FrameAnchor, FrameHost } from './frame-host';
import { createPainted, type Painter } from './painted';
import { highlightableRange } from '../selection';
import { startedBy, type TextPoint } from '../reader-start';
import { samePage } from '../../page-identity';

export type { Painter } from './painted';

export interface SessionDeps {
  doc: Document;
  win: Window;
  url: () => string;
  extract: (doc: Document, url: string) => Article | null;
  findRoot: (doc: Document, article: Article | null) => Element;
  describe: (root: Element, range: Range) => Selector;
  anchorAll: (root: Element, selectors: readonly Selector[]) => ({ range: Range } | null)[];
  painter: () => Painter;
  send: <T extends BackgroundType>(type: T, data: RequestOf<T>) => Promise<ResponseOf<T>>;
  /** The in-page frame (toolbar and editor); null where the page cannot hold one. */
  frame: () => FrameHost | null;
  theme: (near: Element | null) => FrameTheme;
  onError: (message: string) => void;
}

const boxOf = (r: DOMRectReadOnly) => ({
  left: r.left,
  top: r.top,
  right: r.right,
  bottom: r.bottom,
});

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

function anchorOf(win: Window, range: Range): FrameAnchor {
  const rects = range.getClientRects();
  const whole = range.getBoundingClientRect();
  const first = rects[0] ?? whole;
  const last = rects[rects.length - 1] ?? whole;
  const el = range.startContainer.parentElement;
  const rtl = !!el && win.getComputedStyle(el).direction === 'rtl';
  return { first: boxOf(first), last: boxOf(last), rtl };
}

/**
 * Everything the page side does on one page: recognize it, paint the reader's highlights, and
 * turn the reader's selections and clicks into requests for the extension frame. It knows where
 * highlights are, never what the reader wrote about them.
 */
export function createPageSession(deps: SessionDeps) {
  let article: Article | null = null;
  let articleRoot: Element | null = null;
  let recognizedOnce = false;
  let extractedAt: string | null = null;
  const root = () => {
    if (!articleRoot?.isConnected) articleRoot = deps.findRoot(deps.doc, article);
    return articleRoot;
  };
  const roots = () =>
    [root(), deps.doc.body].filter((r, i, all): r is Element => !!r && all.indexOf(r) === i);
  const painted = createPainted({
    roots,
    anchorAll: deps.anchorAll,
    painter: deps.painter,
    onError: deps.onError,
  });
  const canonical = () => article?.url ?? null;
  const warn = (e: unknown) => deps.onError(e instanceof Error ? e.message : String(e));

  /** The selector of the reader's selection, described in the root that holds it. */
  const selectorOf = (range: Range) => {
    const r = root().contains(range.commonAncestorContainer) ? root() : (deps.doc.body ?? root());
    return deps.describe(r, range);
  };

  /** What the frame shows: the toolbar by a selection, or by a clicked painted highlight. */
  let showing: 'toolbar' | 'painted' | null = null;
  /** The selection the toolbar was offered for. */
  let offered: Range | null = null;

  function closeUi(): void {
    const frame = deps.frame();
    showing = null;
    if (!frame?.isOpen()) return;
    frame.close();
    painted.setActive(null);
    deps.send('ui/close', {}).catch(warn);
  }

  return {
    /** Recognize the page (once) and tell the background what it is (for the toolbar badge). */
    recognize(): Article | null {
      extractedAt = deps.url();
      article = deps.extract(deps.doc, extractedAt);
      articleRoot = null;
      const found = article && { url: article.url, format: article.format };
      if (found || recognizedOnce) deps.send('page/found', { article: found }).catch(warn);
      recognizedOnce = true;
      return article;
    },
    /** The page changed: an article not found yet may be there now (text rendered late). */
    recheck(): boolean {
      if (article) return true;
      if (this.recognize()) this.reload().catch(warn);
      return article !== null;
    },
    /** The page moved to another address (history API): its article and highlights follow. */
    async navigated(): Promise<void> {
      if (extractedAt !== null && samePage(extractedAt, deps.url())) return;
      closeUi();
      this.recognize();
      await this.reload();
    },
    article: () => article,
    /** The page's article, extracted once per address (again only after the page moved). */
    cachedArticle() {
      // Extracted again only on another page: not for a new fragment or tracking parameter.
      const url = deps.url();
      if (extractedAt !== url && !samePage(extractedAt ?? '', url)) this.recognize();
      return article;
    },
    /** The page as an article to save: recognized, or as a plain page. */
    articleForSaving(): Article | null {
      return this.cachedArticle() ?? pageAsArticle(deps.doc, deps.url());
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
    scrollTo(id: string): boolean {
      const range = painted.rangeOf(id);
      const el = range?.startContainer.parentElement;
      if (!range || !el) return false;
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      painted.setActive(id);
      return true;
    },
    /**
     * The reader finished a selection: offer the toolbar for it, or close it. A selection that
     * does not hold the point the reader started from was set by the page: it is not offered.
     */
    onSelection(start: TextPoint | null): void {
      const found = highlightableRange(deps.doc.getSelection());
      const range = found && startedBy(found, start) ? found : null;
      const frame = deps.frame();
      // No selection of the reader's closes the toolbar (not one a click opened on a highlight).
      if (!range) return void (showing === 'toolbar' && closeUi());
      if (!frame || (showing === 'toolbar' && offered && sameRange(offered, range))) return;
      const selector = selectorOf(range);
      showing = 'toolbar';
      offered = range;
      const theme = deps.theme(range.startContainer.parentElement);
      // The background says whether the reader wants the toolbar here (options: toolbar-sites).
      deps
        .send('ui/toolbar', { selector, canonical: canonical(), theme })
        .then(({ shown }) => {
          if (offered !== range) return;
          if (shown) frame.open(anchorOf(deps.win, range), TOOLBAR_WIDTH, TOOLBAR_HEIGHT);
          else showing = null;
        })
        .catch((e) => {
          frame.close();
          warn(e);
        });
    },
    /**
     * The reader clicked the page: the highlight under the click, if any, is selected in the side
     * panel when one shows this tab, else the frame offers its colors and Note.
     */
    onClick(clientX: number, clientY: number): boolean {
      if (!deps.doc.getSelection()?.isCollapsed) return false;
      const id = painted.hitTest(clientX, clientY);
      const frame = deps.frame();
      if (!id || !frame) {
        closeUi();
        return false;
      }
      painted.setActive(id);
      const at = { left: clientX, top: clientY, right: clientX + 1, bottom: clientY + 4 };
      const theme = deps.theme(deps.doc.elementFromPoint(clientX, clientY));
      deps
        .send('highlight/clicked', { id })
        .then(({ handledByPanel }) => {
          if (handledByPanel) return;
          showing = 'painted';
          frame.open({ first: at, last: at, rtl: false }, TOOLBAR_WIDTH, TOOLBAR_HEIGHT);
          return deps.send('ui/painted', { id, canonical: canonical(), theme });
        })
        .catch((e) => {
          frame.close();
          warn(e);
        });
      return true;
    },
    close: closeUi,
    /** The frame's size changed, or it was closed by the reader in the frame. */
    frameRequest(open: boolean, width?: number, height?: number): void {
      const frame = deps.frame();
      if (!open) {
        // The selection the toolbar was offered for is done with (highlighted, or dismissed):
        // it is let go, so a click on it next is a click on the page, not on a selection.
        const current = highlightableRange(deps.doc.getSelection());
        if (showing === 'toolbar' && offered && current && sameRange(offered, current))
          deps.doc.getSelection()?.removeAllRanges();
        showing = null;
        offered = null;
        frame?.close();
        painted.setActive(null);
      } else if (width !== undefined && height !== undefined) frame?.resize(width, height);
    },
    /** Highlight the selection after the reader's shortcut or menu entry (the background checks). */
    async highlightSelection(): Promise<boolean> {
      const range = highlightableRange(deps.doc.getSelection());
      if (!range) return false;
      await deps.send('page/highlight-selection', {
        selector: selectorOf(range),
        canonical: canonical(),
      });
      deps.doc.getSelection()?.removeAllRanges();
      closeUi();
      return true;
    },
  };
}
export type PageSession = ReturnType<typeof createPageSession>;
