import type { Article } from '../schemas/article';
import type { Highlight, HighlightColor, Selector } from '../schemas/records';
import type { BackgroundType, RequestOf, ResponseOf } from '../messages/types';
import { safeHttpUrl } from '../url';
import { pageAsArticle } from './fallback-article';
import { highlightableRange, toolbarPosition } from './selection';
import type { UiStore } from './ui-state';
import { errorText } from '../i18n-errors';
import type { Painter as FullPainter } from '../paint';

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/** What the session asks of the painter (`utils/paint`). */
export type Painter = Pick<
  FullPainter,
  'paint' | 'paintMany' | 'remove' | 'clear' | 'setActive' | 'hitTest'
>;

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
  ui: UiStore;
  /** The extension's own UI host: selections inside it are not highlighted. */
  uiHost: () => Node | null;
  newId: () => string;
  now: () => string;
  onError: (message: string) => void;
}

/**
 * Everything the content script does on one page: recognize it, paint its highlights, turn the
 * reader's selections into highlights and keep them in step with the background.
 */
export function createPageSession(deps: SessionDeps) {
  const highlights = new Map<string, Highlight>();
  const ranges = new Map<string, Range>();
  let article: Article | null = null;
  let painter: Painter | null = null;
  let pending: Range | null = null;
  let articleRoot: Element | null = null;

  const paint = () => (painter ??= deps.painter());
  /** Something the reader did was not kept: say so where they were working. */
  const fail = (e: unknown) => {
    const message = errorText(e);
    const current = deps.ui.get();
    const at =
      current.kind === 'none'
        ? { x: deps.win.scrollX + 16, y: deps.win.scrollY + 16 }
        : { x: current.x, y: current.y };
    deps.ui.set({ kind: 'notice', ...at, message });
    deps.onError(message);
  };
  const articleForSaving = () => article ?? pageAsArticle(deps.doc, deps.url());
  const root = () => {
    if (!articleRoot?.isConnected) articleRoot = deps.findRoot(deps.doc, article);
    return articleRoot;
  };

  /** Anchor every highlight not painted yet: first in the article root, then in the whole body. */
  function anchorMissing(): number {
    const missing = [...highlights.values()].filter((h) => !ranges.has(h.id));
    if (!missing.length) return 0;
    const roots = [root(), deps.doc.body].filter(
      (r, i, all): r is Element => !!r && all.indexOf(r) === i,
    );
    let left = missing;
    const found: { id: string; range: Range; color: HighlightColor }[] = [];
    for (const r of roots) {
      const results = deps.anchorAll(
        r,
        left.map((h) => h.selector),
      );
      const next: Highlight[] = [];
      left.forEach((h, i) => {
        const range = results[i]?.range;
        if (!range) return void next.push(h);
        ranges.set(h.id, range);
        found.push({ id: h.id, range, color: h.color });
      });
      left = next;
      if (!left.length) break;
    }
    if (found.length)
      paint()
        .paintMany(found)
        .catch((e) => deps.onError(String(e)));
    return left.length;
  }

  async function load(): Promise<void> {
    // Pages the extractor does not recognize are keyed by their address, as "Save page" keys them.
    const key = article?.url ?? safeHttpUrl(deps.url(), undefined, true);
    if (!key) return;
    const saved = await deps.send('page/highlights', { url: key });
    highlights.clear();
    for (const id of ranges.keys()) painter?.remove(id);
    ranges.clear();
    for (const h of saved) highlights.set(h.id, h);
    anchorMissing();
  }

  async function addHighlight(range: Range, color: HighlightColor, note: string): Promise<boolean> {
    const target = articleForSaving();
    if (!target) return false;
    const r = root().contains(range.commonAncestorContainer) ? root() : deps.doc.body;
    const selector = deps.describe(r, range);
    const now = deps.now();
    const highlight: Highlight = {
      id: deps.newId(),
      text: selector.exact,
      note,
      color,
      createdAt: now,
      updatedAt: now,
      selector,
    };
    const saved = await deps.send('highlight/add', { article: target, highlight });
    highlights.set(saved.id, saved);
    ranges.set(saved.id, range);
    paint().paint(saved.id, range, color);
    return true;
  }

  return {
    /** Recognize the page and tell the background what it is (for the toolbar badge). */
    recognize(): Article | null {
      article = deps.extract(deps.doc, deps.url());
      articleRoot = null;
      if (article) deps.send('page/found', { article }).catch((e) => deps.onError(String(e)));
      return article;
    },
    article: () => article,
    extractNow() {
      article = deps.extract(deps.doc, deps.url());
      articleRoot = null;
      return article;
    },
    reload: load,
    /** Highlights that could not be found yet, retried when the page renders more text. */
    retryOrphans: () => anchorMissing(),
    hasOrphans: () => highlights.size > ranges.size,
    anchors() {
      const anchored = [...highlights.keys()].filter((id) => ranges.has(id));
      const orphaned = [...highlights.keys()].filter((id) => !ranges.has(id));
      return { anchored, orphaned };
    },
    scrollTo(id: string): boolean {
      const range = ranges.get(id);
      const el = range?.startContainer.parentElement;
      if (!range || !el) return false;
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      paint().setActive(id);
      return true;
    },
    /** The selection changed: offer the toolbar, or hide it. */
    onSelection(): void {
      const range = highlightableRange(deps.doc.getSelection(), deps.uiHost());
      const current = deps.ui.get();
      if (!range) {
        if (current.kind === 'toolbar') deps.ui.set({ kind: 'none' });
        pending = null;
        return;
      }
      if (current.kind === 'toolbar' && pending && sameRange(pending, range)) return;
      pending = range;
      const { x, y } = toolbarPosition(range, deps.win);
      const color = current.kind === 'toolbar' ? current.color : 'yellow';
      deps.ui.set({ kind: 'toolbar', x, y, color, note: '' });
    },
    /** A click on the page: open the highlight under it, if any. */
    onClick(clientX: number, clientY: number, pageX: number, pageY: number): boolean {
      if (!ranges.size || !deps.doc.getSelection()?.isCollapsed) return false;
      const id = painter?.hitTest(clientX, clientY);
      const h = id ? highlights.get(id) : undefined;
      if (!h) return false;
      painter?.setActive(h.id);
      deps.ui.set({ kind: 'editor', x: pageX, y: pageY + 12, highlight: { ...h } });
      return true;
    },
    async highlightPending(color: HighlightColor, note: string): Promise<boolean> {
      const range = pending ?? highlightableRange(deps.doc.getSelection(), deps.uiHost());
      if (!range) return false;
      try {
        const ok = await addHighlight(range, color, note);
        pending = null;
        deps.doc.getSelection()?.removeAllRanges();
        deps.ui.set({ kind: 'none' });
        return ok;
      } catch (e) {
        fail(e);
        return false;
      }
    },
    async update(id: string, note: string, color: HighlightColor): Promise<void> {
      try {
        const updated = await deps.send('highlight/update', { id, note, color });
        highlights.set(id, updated);
        const range = ranges.get(id);
        if (range) paint().paint(id, range, updated.color);
        deps.ui.set({ kind: 'none' });
        painter?.setActive(null);
      } catch (e) {
        fail(e);
      }
    },
    async remove(id: string): Promise<void> {
      try {
        await deps.send('highlight/delete', { id });
        highlights.delete(id);
        ranges.delete(id);
        painter?.remove(id);
        deps.ui.set({ kind: 'none' });
      } catch (e) {
        fail(e);
      }
    },
    close(): void {
      deps.ui.set({ kind: 'none' });
      painter?.setActive(null);
    },
    async savePage(): Promise<boolean> {
      const target = article ?? deps.extract(deps.doc, deps.url()) ?? articleForSaving();
      if (!target) return false;
      await deps.send('article/save', { article: target });
      return true;
    },
  };
}
export type PageSession = ReturnType<typeof createPageSession>;
