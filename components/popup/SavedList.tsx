import { rowAfterKey, rowsPerPage } from '../../utils/view/list-keys';
import { useListScroll } from '../../utils/popup/use-list-scroll';
import { visibleRange } from '../../utils/view/virtual-window';
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

/**
 * The saved articles, newest first. Rows have a fixed height and only those in view (plus a few
 * on each side) are rendered, so ten thousand articles scroll as smoothly as ten. Arrow keys,
 * Page Up/Down, Home and End move between rows; Enter opens one.
 */
export function SavedList<C extends SavedItemView>(props: Props<C>) {
  const { cards, label, empty, snippet, onOpen } = props;
  const rowHeight = snippet ? SNIPPET_ROW_HEIGHT : ROW_HEIGHT;
  const { scroller, scrollTop, setScrollTop, height, moveTo } = useListScroll({
    rows: cards,
    rowHeight,
    focusUrl: props.focusUrl,
    resetKey: props.resetKey,
  });

  function onKeyDown(e: KeyboardEvent) {
    const from = (e.target as HTMLElement).dataset?.index;
    if (from === undefined) return;
    const to = rowAfterKey(e.key, Number(from), cards.length, rowsPerPage(height, rowHeight));
    if (to === null) return;
    e.preventDefault();
    moveTo(to);
  }

  const { start, end } = visibleRange(cards.length, rowHeight, scrollTop, height);
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
          {cards.slice(start, end).map((card, i) => (
            <SavedRow
              key={card.url}
              card={card}
              index={start + i}
              count={cards.length}
              rowHeight={rowHeight}
              snippet={snippet?.(card)}
              onOpen={onOpen}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

interface RowProps<C extends SavedItemView> {
  card: C;
  index: number;
  count: number;
  rowHeight: number;
  snippet: Snippet | null | undefined;
  onOpen: (url: string) => void;
}

/** One rendered row, placed at its offset in the full list. */
function SavedRow<C extends SavedItemView>({
  card,
  index,
  count,
  rowHeight,
  ...rest
}: RowProps<C>) {
  return (
    <li
      class="saved-row"
      style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
      aria-posinset={index + 1}
      aria-setsize={count}
    >
      <SavedItem card={card} index={index} snippet={rest.snippet} onOpen={rest.onOpen} />
    </li>
  );
}
