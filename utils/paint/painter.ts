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
import { createPaintQueue, type PaintItem } from './paint-queue';

export type { PaintItem };

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
  const style = injectHighlightStyle(doc);
  const painted = new Map<string, HighlightColor>();
  let activeId: string | null = null;

  const paintNow = ({ id, range, color }: PaintItem) => {
    queue.delete(id);
    painted.delete(id);
    // A copy, so later changes to the caller's range (e.g. a selection's) do not move the paint.
    backend.add(id, range.cloneRange(), color, id === activeId);
    painted.set(id, color);
  };
  const queue = createPaintQueue(win, doc, options.frameBudgetMs ?? 6, paintNow);

  const remove = (id: string) => {
    queue.delete(id);
    if (painted.delete(id)) backend.remove(id);
    if (activeId === id) activeId = null;
  };

  const clear = () => {
    painted.clear();
    backend.clear();
    activeId = null;
    queue.clear();
  };

  return {
    mode: backend.mode,
    paint: (id, range, color) => paintNow({ id, range, color }),
    paintMany: (items) => queue.add(items),
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
