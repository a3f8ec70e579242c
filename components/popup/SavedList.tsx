import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { scrollToRow, visibleRange } from '../../utils/popup/virtual-window';
import { SavedItem, type SavedItemView } from './SavedItem';

export const ROW_HEIGHT = 56;

interface Props {
  cards: readonly SavedItemView[];
  label: string;
  empty: string;
  /** The row to bring into view and focus when the list appears (the article just closed). */
  focusUrl?: string | null;
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
export function SavedList({ cards, label, empty, focusUrl, onOpen }: Props) {
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

  const restored = useRef(false);
  useLayoutEffect(() => {
    const index = restored.current || !focusUrl ? -1 : cards.findIndex((c) => c.url === focusUrl);
    if (cards.length > 0) restored.current = true;
    const top = index < 0 ? 0 : scrollToRow(index, ROW_HEIGHT, 0, height);
    if (scroller.current) scroller.current.scrollTop = top;
    if (index >= 0) pendingFocus.current = index;
    setScrollTop(top);
  }, [cards]);

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
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const to = Math.min(cards.length - 1, Math.max(0, step(Number(from), page, cards.length)));
    const top = scrollToRow(to, ROW_HEIGHT, scrollTop, height);
    if (scroller.current) scroller.current.scrollTop = top;
    setScrollTop(top);
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${to}"]`);
    if (row) row.focus();
    else pendingFocus.current = to;
  }

  const { start, end } = visibleRange(cards.length, ROW_HEIGHT, scrollTop, height);
  const rows = [];
  for (let i = start; i < end; i++) {
    const card = cards[i]!;
    rows.push(
      <li
        key={card.url}
        class="saved-row"
        style={{ top: `${i * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
        aria-posinset={i + 1}
        aria-setsize={cards.length}
      >
        <SavedItem card={card} index={i} onOpen={onOpen} />
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
          style={{ height: `${cards.length * ROW_HEIGHT}px` }}
        >
          {rows}
        </ul>
      )}
    </div>
  );
}
