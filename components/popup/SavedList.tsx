import { rowAfterKey, rowsPerPage } from '../../utils/view/list-keys';
import { useListScroll } from '../../utils/popup/use-list-scroll';
import { visibleRange } from '../../utils/view/virtual-window';
import type { Snippet } from '../../utils/search';
import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { SavedItem, type SavedItemView } from './SavedItem';

export const ROW_HEIGHT = 56;
/** Rows of search results have room for the line that shows where the query matched. */
export const SNIPPET_ROW_HEIGHT = 92;

/** Rows read ahead of the window in view, so scrolling a little shows no empty row. */
const READ_AHEAD = 20;

interface Props<C extends SavedItemView> {
  /** The listed articles' urls, in order. */
  urls: readonly string[];
  /** A listed article's card, once read (until then its row shows that it is loading). */
  cardOf: (url: string) => C | undefined;
  /** Asked for the urls of the rows in view and a few ahead: their cards are wanted. */
  want?: (urls: readonly string[]) => void;
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
 * on each side) are rendered, and only their cards are asked for, so fifty thousand articles
 * scroll as smoothly as ten. Arrow keys, Page Up/Down, Home and End move between rows; Enter
 * opens one.
 */
export function SavedList<C extends SavedItemView>(props: Props<C>) {
  const { urls, cardOf, want, label, empty, snippet, onOpen } = props;
  const rowHeight = snippet ? SNIPPET_ROW_HEIGHT : ROW_HEIGHT;
  const { scroller, scrollTop, setScrollTop, height, moveTo } = useListScroll({
    rows: urls,
    rowHeight,
    focusUrl: props.focusUrl,
    resetKey: props.resetKey,
  });

  function onKeyDown(e: KeyboardEvent) {
    const from = (e.target as HTMLElement).dataset?.index;
    if (from === undefined) return;
    const to = rowAfterKey(e.key, Number(from), urls.length, rowsPerPage(height, rowHeight));
    if (to === null) return;
    e.preventDefault();
    moveTo(to);
  }

  const { start, end } = visibleRange(urls.length, rowHeight, scrollTop, height);
  useEffect(() => want?.(urls.slice(start, end + READ_AHEAD)), [want, urls, start, end]);
  return (
    <div
      ref={scroller}
      class="saved-list"
      data-testid="saved-list"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      {urls.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ul
          class="saved-rows"
          aria-label={label}
          style={{ height: `${urls.length * rowHeight}px` }}
        >
          {urls.slice(start, end).map((url, i) => {
            const card = cardOf(url);
            return (
              <SavedRow
                key={url}
                url={url}
                card={card}
                index={start + i}
                count={urls.length}
                rowHeight={rowHeight}
                snippet={card && snippet?.(card)}
                onOpen={onOpen}
              />
            );
          })}
        </ul>
      )}
    </div>
  );
}

interface RowProps<C extends SavedItemView> {
  url: string;
  /** Undefined while its card is read. */
  card: C | undefined;
  index: number;
  count: number;
  rowHeight: number;
  snippet: Snippet | null | undefined;
  onOpen: (url: string) => void;
}

/** One rendered row, placed at its offset in the full list (a placeholder while its card is read). */
function SavedRow<C extends SavedItemView>({
  url,
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
      {card ? (
        <SavedItem card={card} index={index} snippet={rest.snippet} onOpen={rest.onOpen} />
      ) : (
        <button
          type="button"
          class="saved-item saved-placeholder"
          data-testid="saved-placeholder"
          data-index={index}
          data-url={url}
          aria-busy="true"
          aria-label={t('loading')}
          onClick={() => rest.onOpen(url)}
        />
      )}
    </li>
  );
}
