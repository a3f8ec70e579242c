import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArticleCard } from '../../utils/db';
import { scrollToRow, visibleRange } from '../../utils/view/virtual-window';
import { findSnippet, type Snippet } from '../../utils/search';
import { ResultRow } from './ResultRow';

/** One row: the title, a line of date, source and keywords, and the summary's first line. */
export const LIB_ROW_HEIGHT = 72;

interface Props {
  cards: readonly ArticleCard[];
  terms: readonly string[];
  label: string;
  empty: string;
  selected: ReadonlySet<string>;
  openUrl: string | null;
  onOpen: (url: string) => void;
  onToggle: (url: string, range: boolean) => void;
  /** Where articles found only by their body matched (searched after typing pauses). */
  bodySnippets?: ReadonlyMap<string, Snippet>;
}

const STEP: Record<string, (i: number, page: number, count: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  PageDown: (i, page) => i + page,
  PageUp: (i, page) => i - page,
  Home: () => 0,
  End: (_i, _page, count) => count - 1,
};

/**
 * The articles that match, as a virtual list: rows have a fixed height and only those in view
 * (and a few around) are in the DOM, so 10,000 scroll like 10. Arrows, Page Up/Down, Home, End
 * move; Enter opens; Space selects (Shift+Space: everything since the last one selected).
 */
export function ResultList(p: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [p.cards]);

  function focusRow(to: number) {
    const top = scrollToRow(to, LIB_ROW_HEIGHT, scrollTop, height);
    if (scroller.current) scroller.current.scrollTop = top;
    setScrollTop(top);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${to}"]`)?.focus(),
    );
  }

  function onKeyDown(e: KeyboardEvent) {
    const from = (e.target as HTMLElement).dataset?.index;
    if (from === undefined || p.cards.length === 0) return;
    if (e.key === ' ') {
      e.preventDefault();
      p.onToggle(p.cards[Number(from)]!.url, e.shiftKey);
      return;
    }
    const step = STEP[e.key];
    if (!step) return;
    e.preventDefault();
    const page = Math.max(1, Math.floor(height / LIB_ROW_HEIGHT) - 1);
    focusRow(Math.min(p.cards.length - 1, Math.max(0, step(Number(from), page, p.cards.length))));
  }

  const { start, end } = visibleRange(p.cards.length, LIB_ROW_HEIGHT, scrollTop, height);
  const rows = [];
  for (let i = start; i < end; i++) {
    const card = p.cards[i]!;
    rows.push(
      <li
        key={card.url}
        class="lib-li"
        style={{ top: `${i * LIB_ROW_HEIGHT}px`, height: `${LIB_ROW_HEIGHT}px` }}
        aria-posinset={i + 1}
        aria-setsize={p.cards.length}
      >
        <ResultRow
          card={card}
          index={i}
          selected={p.selected.has(card.url)}
          open={p.openUrl === card.url}
          snippet={
            p.terms.length > 0
              ? (findSnippet(card, p.terms) ?? p.bodySnippets?.get(card.url) ?? null)
              : null
          }
          onOpen={p.onOpen}
          onToggle={p.onToggle}
        />
      </li>,
    );
  }
  return (
    <div
      ref={scroller}
      class="lib-list"
      data-testid="library-list"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      {p.cards.length === 0 ? (
        <p class="lib-empty" data-testid="library-empty">
          {p.empty}
        </p>
      ) : (
        <ul
          class="lib-rows"
          aria-label={p.label}
          style={{ height: `${p.cards.length * LIB_ROW_HEIGHT}px` }}
        >
          {rows}
        </ul>
      )}
    </div>
  );
}
