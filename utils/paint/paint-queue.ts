/**
 * Highlights waiting to be painted: a few per animation frame, within a time budget, so a page
 * with many highlights keeps scrolling smoothly.
 */
import type { HighlightColor } from '../schemas/records';

export interface PaintItem {
  id: string;
  range: Range;
  color: HighlightColor;
}

export function createPaintQueue(
  win: Window & typeof globalThis,
  doc: Document,
  frameBudget: number,
  paint: (item: PaintItem) => void,
) {
  const queue = new Map<string, PaintItem>();
  let waiting: Array<() => void> = [];
  let scheduled = false;

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
  const flush = () => {
    scheduled = false;
    const deadline = now() + frameBudget;
    for (const item of queue.values()) {
      queue.delete(item.id);
      paint(item);
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

  return {
    /** Queue `items` (again, last, when queued already); resolves once all are painted or cleared. */
    add(items: readonly PaintItem[]): Promise<void> {
      for (const item of items) {
        queue.delete(item.id);
        queue.set(item.id, item);
      }
      if (queue.size === 0) return Promise.resolve();
      schedule();
      return new Promise((resolve) => waiting.push(resolve));
    },
    delete: (id: string) => queue.delete(id),
    has: (id: string) => queue.has(id),
    /** Drop every waiting item; who waits for them is answered. */
    clear() {
      queue.clear();
      settle();
    },
  };
}
