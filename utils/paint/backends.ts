/**
 * The two ways highlights are drawn: ranges in per-color `Highlight` objects registered in
 * `CSS.highlights` (the page's DOM is untouched), or `<mark>` elements around the text.
 */
import type { HighlightColor } from '../schemas/records';
import { highlightName } from './colors';
import { setMarksActive, unwrapMarks, wrapRange } from './text-segments';

export interface PaintBackend {
  readonly mode: 'highlight-api' | 'mark';
  add(id: string, range: Range, color: HighlightColor, active: boolean): void;
  remove(id: string): void;
  setActive(id: string, active: boolean): void;
  /** Where the highlight is on screen, in viewport coordinates. */
  rects(id: string): ArrayLike<DOMRectReadOnly>;
  clear(): void;
}

/** The parts of the CSS Custom Highlight API the painter uses. */
export interface HighlightApi {
  registry: Pick<HighlightRegistry, 'set' | 'get' | 'delete'>;
  create(): Highlight;
}

/** The Custom Highlight API of a window, or null when the browser has none. */
export function highlightApiOf(win: Window & typeof globalThis): HighlightApi | null {
  const registry = (win.CSS as Partial<typeof CSS> | undefined)?.highlights;
  const HighlightClass = (win as Partial<typeof globalThis>).Highlight;
  if (!registry || typeof HighlightClass !== 'function') return null;
  const api: HighlightApi = { registry, create: () => new HighlightClass() };
  try {
    // Some sandboxes expose the API but refuse to use it; paint with marks there.
    const probe = api.create();
    registry.set('ana-probe', probe);
    registry.delete('ana-probe');
    return api;
  } catch {
    return null;
  }
}

/**
 * Painting with `CSS.highlights`. The page can reach and change every Range registered there, so
 * the registry gets a copy (`shown`) and hit-testing reads the extension's own (`range`): a page
 * that moves the painted ranges changes what it sees, never what the reader's click finds.
 */
export function createHighlightApiBackend(api: HighlightApi): PaintBackend {
  const entries = new Map<
    string,
    { range: Range; shown: Range; color: HighlightColor; name: string }
  >();
  const owned = new Map<string, Highlight>();

  const highlightFor = (name: string, active: boolean): Highlight => {
    let highlight = owned.get(name);
    if (!highlight) {
      highlight = api.create();
      highlight.priority = active ? 1 : 0;
      owned.set(name, highlight);
    }
    if (api.registry.get(name) !== highlight) api.registry.set(name, highlight);
    return highlight;
  };

  const remove = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return;
    owned.get(entry.name)?.delete(entry.shown);
    entries.delete(id);
  };

  return {
    mode: 'highlight-api',
    add(id, range, color, active) {
      remove(id);
      const name = highlightName(color, active);
      const shown = range.cloneRange();
      highlightFor(name, active).add(shown);
      entries.set(id, { range, shown, color, name });
    },
    remove,
    setActive(id, active) {
      const entry = entries.get(id);
      if (!entry) return;
      owned.get(entry.name)?.delete(entry.shown);
      entry.name = highlightName(entry.color, active);
      entry.shown = entry.range.cloneRange();
      highlightFor(entry.name, active).add(entry.shown);
    },
    rects(id) {
      return entries.get(id)?.range.getClientRects() ?? [];
    },
    clear() {
      for (const [name, highlight] of owned) {
        highlight.clear();
        if (api.registry.get(name) === highlight) api.registry.delete(name);
      }
      owned.clear();
      entries.clear();
    },
  };
}

export function createMarkBackend(): PaintBackend {
  const marks = new Map<string, HTMLElement[]>();
  const remove = (id: string) => {
    const elements = marks.get(id);
    if (elements) unwrapMarks(elements);
    marks.delete(id);
  };
  return {
    mode: 'mark',
    add(id, range, color, active) {
      remove(id);
      const elements = wrapRange(range, id, color);
      setMarksActive(elements, active);
      marks.set(id, elements);
    },
    remove,
    setActive(id, active) {
      setMarksActive(marks.get(id) ?? [], active);
    },
    rects(id) {
      return (marks.get(id) ?? []).flatMap((mark) => Array.from(mark.getClientRects()));
    },
    clear() {
      for (const id of [...marks.keys()]) remove(id);
    },
  };
}
