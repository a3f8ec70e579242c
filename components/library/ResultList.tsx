import type { ArticleCard } from '../../utils/db';
import { rowAfterKey, rowsPerPage } from '../../utils/view/list-keys';
import { useListViewport } from '../../utils/library/use-list-viewport';
import { visibleRange } from '../../utils/view/virtual-window';
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

/** One row of the virtual list, placed at its height in the list. */
function ListRow(p: Props & { card: ArticleCard; index: number }) {
  const { card, index: i } = p;
  return (
    <li
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
    </li>
  );
}

/**
 * The articles that match, as a virtual list: rows have a fixed height and only those in view
 * (and a few around) are in the DOM, so 10,000 scroll like 10. Arrows, Page Up/Down, Home, End
 * move; Enter opens; Space selects (Shift+Space: everything since the last one selected).
 */
export function ResultList(p: Props) {
  const view = useListViewport(p.cards, LIB_ROW_HEIGHT);

  function onKeyDown(e: KeyboardEvent) {
    const from = (e.target as HTMLElement).dataset?.index;
    if (from === undefined || p.cards.length === 0) return;
    if (e.key === ' ') {
      e.preventDefault();
      p.onToggle(p.cards[Number(from)]!.url, e.shiftKey);
      return;
    }
    const page = rowsPerPage(view.height, LIB_ROW_HEIGHT);
    const to = rowAfterKey(e.key, Number(from), p.cards.length, page);
    if (to === null) return;
    e.preventDefault();
    view.focusRow(to);
  }

  const { start, end } = visibleRange(p.cards.length, LIB_ROW_HEIGHT, view.scrollTop, view.height);
  const rows = [];
  for (let i = start; i < end; i++) {
    const card = p.cards[i]!;
    rows.push(<ListRow key={card.url} {...p} card={card} index={i} />);
  }
  return (
    <div
      ref={view.scroller}
      class="lib-list"
      data-testid="library-list"
      onScroll={(e) => view.setScrollTop(e.currentTarget.scrollTop)}
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
