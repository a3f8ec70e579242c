import type { HighlightColor, Selector } from '../../schemas/records';
import type { PaintedHighlight } from '../../messages/tab-requests';

export interface Painter {
  paint(id: string, range: Range, color: HighlightColor): void;
  /** Paints many over several frames, so a page with many highlights keeps scrolling. */
  paintMany(items: readonly { id: string; range: Range; color: HighlightColor }[]): Promise<void>;
  remove(id: string): void;
  clear(): void;
  setActive(id: string | null): void;
  hitTest(x: number, y: number): string | null;
}

export interface PaintedDeps {
  /** Where to look for highlights, in order (the article's root, then the whole body). */
  roots: () => Element[];
  anchorAll: (root: Element, selectors: readonly Selector[]) => ({ range: Range } | null)[];
  painter: () => Painter;
  onError: (message: string) => void;
}

/**
 * Anchor every highlight not painted yet, first in the article root, then in the body, and paint
 * what was found. Answers how many are left unanchored (orphans).
 */
function anchorAll(
  deps: PaintedDeps,
  items: Map<string, PaintedHighlight>,
  ranges: Map<string, Range>,
  texts: Map<string, string>,
  paint: () => Painter,
): number {
  let left = [...items.values()].filter((h) => !ranges.has(h.id));
  if (!left.length) return 0;
  const found: { id: string; range: Range; color: HighlightColor }[] = [];
  for (const root of deps.roots()) {
    const results = deps.anchorAll(
      root,
      left.map((h) => h.selector),
    );
    const next: PaintedHighlight[] = [];
    left.forEach((h, i) => {
      const range = results[i]?.range;
      if (!range) return void next.push(h);
      ranges.set(h.id, range);
      texts.set(h.id, range.toString());
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

/**
 * The reader's highlights on this page as the page side knows them: ids, colors and selectors
 * (never notes), the ranges they were found at, and their paint.
 */
export function createPainted(deps: PaintedDeps) {
  const items = new Map<string, PaintedHighlight>();
  const ranges = new Map<string, Range>();
  /** The text each range covered when it was found: a range whose text changed is found again. */
  const texts = new Map<string, string>();
  let painter: Painter | null = null;
  const paint = () => (painter ??= deps.painter());

  const anchorMissing = () => anchorAll(deps, items, ranges, texts, paint);
  const forget = (id: string) => {
    ranges.delete(id);
    texts.delete(id);
    painter?.remove(id);
  };
  /** `id` is painted where its text still is (the page may have changed or removed it). */
  const intact = (id: string) => {
    const range = ranges.get(id);
    return (
      !!range &&
      range.startContainer.isConnected &&
      range.endContainer.isConnected &&
      range.toString() === texts.get(id)
    );
  };

  return {
    /**
     * Paint `list` instead of what is painted: what stays, where its text still is, stays painted
     * (no frame without it, nothing found again); the rest is unpainted, and the new is found.
     */
    replace(list: readonly PaintedHighlight[]): number {
      const before = new Map(items);
      items.clear();
      for (const h of list) items.set(h.id, h);
      for (const [id, old] of before) {
        const now = items.get(id);
        const range = ranges.get(id);
        if (!range) continue;
        if (!now || now.selector.exact !== old.selector.exact || !intact(id)) forget(id);
        else if (now.color !== old.color) paint().paint(id, range, now.color);
      }
      return anchorMissing();
    },
    /** Paint new highlights, or known ones in a new color. */
    add(list: readonly PaintedHighlight[]): void {
      for (const h of list) {
        items.set(h.id, h);
        const range = ranges.get(h.id);
        if (range) paint().paint(h.id, range, h.color);
      }
      anchorMissing();
    },
    remove(id: string): void {
      items.delete(id);
      forget(id);
    },
    retryOrphans: anchorMissing,
    hasOrphans: () => items.size > ranges.size,
    anchors() {
      const ids = [...items.keys()];
      return {
        anchored: ids.filter((id) => ranges.has(id)),
        orphaned: ids.filter((id) => !ranges.has(id)),
      };
    },
    rangeOf: (id: string) => ranges.get(id) ?? null,
    /** Scroll the page to a painted highlight and draw it active; false when it is not painted. */
    scrollTo(id: string): boolean {
      const el = ranges.get(id)?.startContainer.parentElement;
      if (!el) return false;
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      painter?.setActive(id);
      return true;
    },
    /** The painted highlight under a viewport point. */
    hitTest: (x: number, y: number) => (ranges.size ? (painter?.hitTest(x, y) ?? null) : null),
    setActive: (id: string | null) => painter?.setActive(id),
  };
}
export type Painted = ReturnType<typeof createPainted>;
