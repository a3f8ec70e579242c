/**
 * Paints highlights on the page without blocking it: single highlights at once, many in small
 * batches spread over animation frames so scrolling stays smooth.
 */
import type { HighlightColor } from '../schemas/records';
import {
  createHighlightApiBackend,
  createMarkBackend,
  highlightApiOf,
  type PaintBackend,
} from './backends';
import { injectHighlightStyle } from './colors';
import { hitTestRects } from './hit-test';

export interface PaintItem {
  id: string;
  range: Range;
  color: HighlightColor;
}

export interface Painter {
  /** `highlight-api` draws with `CSS.highlights`; `mark` wraps text in `<mark>` elements. */
  readonly mode: PaintBackend['mode'];
  /** Paints (or repaints) one highlight now; the range is copied. */
  paint(id: string, range: Range, color: HighlightColor): void;
  /** Paints many highlights over several frames; resolves once all are painted or cleared. */
  paintMany(items: readonly PaintItem[]): Promise<void>;
  remove(id: string): void;
  /** Removes every highlight. */
  clear(): void;
  /** Draws one highlight in its stronger, active shade (null: none). */
  setActive(id: string | null): void;
  /** The painted highlight at viewport point (x, y), or null. */
  hitTest(x: number, y: number): string | null;
  has(id: string): boolean;
  /** Removes every highlight and the style sheet. */
  destroy(): void;
}

export interface PainterOptions {
  /** Paint with `<mark>` elements even when the Custom Highlight API exists. */
  forceMarks?: boolean;
  /** Time spent painting per frame, in ms. */
  frameBudgetMs?: number;
}

export function createPainter(
  win: Window & typeof globalThis,
  doc: Document,
  options: PainterOptions = {},
): Painter {
  const api = options.forceMarks ? null : highlightApiOf(win);
  const backend = api ? createHighlightApiBackend(api) : createMarkBackend();
  const frameBudget = options.frameBudgetMs ?? 6;
  const style = injectHighlightStyle(doc);
  const painted = new Map<string, HighlightColor>();
  const queue = new Map<string, PaintItem>();
  let waiting: Array<() => void> = [];
  let scheduled = false;
  let activeId: string | null = null;

  const now = () => win.performance?.now() ?? Date.now();
  const requestFrame = (callback: () => void) => {
    if (doc.visibilityState === 'hidden' || typeof win.requestAnimationFrame !== 'function') {
      win.setTimeout(callback, 16);
    } else {
      win.requestAnimationFrame(() => callback());
    }
  };

  const settle = () => {
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };

  const paintNow = ({ id, range, color }: PaintItem) => {
    queue.delete(id);
    painted.delete(id);
    // A copy, so later changes to the caller's range (e.g. a selection's) do not move the paint.
    backend.add(id, range.cloneRange(), color, id === activeId);
    painted.set(id, color);
  };

  const flush = () => {
    scheduled = false;
    const deadline = now() + frameBudget;
    for (const item of queue.values()) {
      paintNow(item);
      if (now() >= deadline) break;
    }
    if (queue.size > 0) schedule();
    else settle();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestFrame(flush);
  };

  const remove = (id: string) => {
    queue.delete(id);
    if (painted.delete(id)) backend.remove(id);
    if (activeId === id) activeId = null;
  };

  const clear = () => {
    queue.clear();
    painted.clear();
    backend.clear();
    activeId = null;
    settle();
  };

  return {
    mode: backend.mode,
    paint: (id, range, color) => paintNow({ id, range, color }),
    paintMany(items) {
      for (const item of items) {
        queue.delete(item.id);
        queue.set(item.id, item);
      }
      if (queue.size === 0) return Promise.resolve();
      schedule();
      return new Promise((resolve) => waiting.push(resolve));
    },
    remove,
    clear,
    setActive(id) {
      if (activeId !== null && painted.has(activeId)) backend.setActive(activeId, false);
      activeId = id;
      if (id !== null && painted.has(id)) backend.setActive(id, true);
    },
    hitTest: (x, y) => hitTestRects(x, y, painted.keys(), (id) => backend.rects(id), activeId),
    has: (id) => painted.has(id) || queue.has(id),
    destroy() {
      clear();
      style.remove();
    },
  };
}
