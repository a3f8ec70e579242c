import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { scrollToRow, visibleRange } from '../../utils/view/virtual-window';
import type { Snippet } from '../../utils/search';
import { SavedItem, type SavedItemView } from './SavedItem';

export const ROW_HEIGHT = 56;
/** Rows of search results have room for the line that shows where the query matched. */
export const SNIPPET_ROW_HEIGHT = 92;

interface Props<C extends SavedItemView> {
  cards: readonly C[];
  /** Where the search matched in a card (asked only for the rows in view); none when absent. */
  snippet?: (card: C) => Snippet | null;
  label: string;
  empty: string;
  /** The row to bring into view and focus when the list appears (the article just closed). */
  focusUrl?: string | null;
  /** When it changes (a new query or filter) the list goes back to its top; cards changing
   * under the reader (live updates) keep the place. */
  resetKey?: string;
  onOpen: (url: string) => void;
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
 * The saved articles, newest first. Rows have a fixed height and only those in view (plus a few
 * on each side) are rendered, so ten thousand articles scroll as smoothly as ten. Arrow keys,
 * Page Up/Down, Home and End move between rows; Enter opens one.
 */
export function SavedList<C extends SavedItemView>(props: Props<C>) {
  const { cards, label, empty, focusUrl, resetKey, snippet, onOpen } = props;
  const rowHeight = snippet ? SNIPPET_ROW_HEIGHT : ROW_HEIGHT;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(320);
  const pendingFocus = useRef<number | null>(null);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight || 320);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 320));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const scrollTo = (top: number) => {
    if (scroller.current) scroller.current.scrollTop = top;
    setScrollTop(top);
  };

  // Once, when the first cards arrive: back to the row of the article just closed.
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || cards.length === 0) return;
    restored.current = true;
    const index = focusUrl ? cards.findIndex((c) => c.url === focusUrl) : -1;
    if (index < 0) return;
    scrollTo(scrollToRow(index, rowHeight, 0, height));
    pendingFocus.current = index;
  }, [cards]);

  const mounted = useRef(false);
  useLayoutEffect(() => {
    if (mounted.current) scrollTo(0);
    mounted.current = true;
  }, [resetKey, rowHeight]);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row || index >= cards.length) pendingFocus.current = null;
    row?.focus();
  });

  function onKeyDown(e: KeyboardEvent) {
    const step = STEP[e.key];
    const from = (e.target as HTMLElement).dataset?.index;
    if (!step || from === undefined || cards.length === 0) return;
    e.preventDefault();
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const to = Math.min(cards.length - 1, Math.max(0, step(Number(from), page, cards.length)));
    const top = scrollToRow(to, rowHeight, scrollTop, height);
    if (scroller.current) scroller.current.scrollTop = top;
    setScrollTop(top);
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${to}"]`);
    if (row) row.focus();
    else pendingFocus.current = to;
  }

  const { start, end } = visibleRange(cards.length, rowHeight, scrollTop, height);
  const rows = [];
  for (let i = start; i < end; i++) {
    const card = cards[i]!;
    rows.push(
      <li
        key={card.url}
        class="saved-row"
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
        aria-posinset={i + 1}
        aria-setsize={cards.length}
      >
        <SavedItem card={card} index={i} snippet={snippet?.(card)} onOpen={onOpen} />
      </li>,
    );
  }
  return (
    <div
      ref={scroller}
      class="saved-list"
      data-testid="saved-list"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      {cards.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ul
          class="saved-rows"
          aria-label={label}
          style={{ height: `${cards.length * rowHeight}px` }}
        >
          {rows}
        </ul>
      )}
    </div>
  );
}
