import { t } from '../../utils/i18n';
import { metaLine, shortDate } from '../../utils/view/format';
import type { Snippet } from '../../utils/search';

export interface SavedItemView {
  url: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  savedAt: string;
  keywords: string[];
  highlightCount: number;
  note: string;
}

interface Props {
  card: SavedItemView;
  index: number;
  /** Where the search matched, when it was not in the title. */
  snippet?: Snippet | null;
  onOpen: (url: string) => void;
}

/** One row of the saved list: a button that opens the article's detail. */
export function SavedItem({ card, index, snippet, onOpen }: Props) {
  const meta = metaLine([
    shortDate(card.publishedAt ?? card.savedAt),
    card.source,
    card.highlightCount > 0 ? t('highlightCount', card.highlightCount) : null,
    card.note ? t('hasNote') : null,
  ]);
  return (
    <button
      type="button"
      class="saved-item"
      data-testid="saved-item"
      data-index={index}
      data-url={card.url}
      onClick={() => onOpen(card.url)}
    >
      <span class="saved-title">{card.title || card.url}</span>
      <span class="saved-meta">
        {meta}
        {card.keywords.length > 0 && (
          <span class="saved-keywords"> · {card.keywords.join(' ')}</span>
        )}
      </span>
      {snippet && (
        <span class="saved-snippet" data-testid="saved-snippet">
          {snippet.text.slice(0, snippet.start)}
          <mark>{snippet.text.slice(snippet.start, snippet.end)}</mark>
          {snippet.text.slice(snippet.end)}
        </span>
      )}
    </button>
  );
}
