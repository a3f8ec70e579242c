import type { ArticleCard } from '../../utils/db';
import { t } from '../../utils/i18n';
import { metaLine, shortDate } from '../../utils/view/format';
import type { Snippet } from '../../utils/search';

interface Props {
  card: ArticleCard;
  index: number;
  selected: boolean;
  open: boolean;
  snippet: Snippet | null;
  onOpen: (url: string) => void;
  onToggle: (url: string, range: boolean) => void;
}

/**
 * One article of the list, three lines high: its title, date, source and keywords, and the first
 * line of its summary (or where the search found it); a checkbox selects it, the rest opens it.
 */
export function ResultRow({ card, index, selected, open, snippet, onOpen, onToggle }: Props) {
  const meta = metaLine([
    shortDate(card.publishedAt) || shortDate(card.savedAt),
    card.source,
    card.highlightCount > 0 ? t('libraryHighlightCount', card.highlightCount) : null,
    card.note ? t('libraryHasNote') : null,
  ]);
  return (
    <div class="lib-row" data-selected={selected} data-open={open}>
      <input
        type="checkbox"
        class="lib-row-check"
        data-testid="library-select"
        aria-label={t('librarySelect', card.title || card.url)}
        checked={selected}
        tabIndex={-1}
        onClick={(e) => onToggle(card.url, e.shiftKey)}
      />
      <button
        type="button"
        class="lib-item"
        data-testid="library-item"
        data-index={index}
        data-url={card.url}
        aria-current={open ? 'true' : undefined}
        onClick={() => onOpen(card.url)}
      >
        <span class="lib-item-title">{card.title || card.url}</span>
        <span class="lib-item-meta">
          {meta}
          {card.keywords.length > 0 && <span class="lib-kw"> · {card.keywords.join(' ')}</span>}
          {card.tags.map((tag) => (
            <span key={tag} class="lib-tag-badge" data-testid="library-item-tag">
              {tag}
            </span>
          ))}
        </span>
        {snippet ? (
          <span class="lib-snippet" data-testid="library-snippet" data-field={snippet.field}>
            {snippet.text.slice(0, snippet.start)}
            <mark>{snippet.text.slice(snippet.start, snippet.end)}</mark>
            {snippet.text.slice(snippet.end)}
          </span>
        ) : (
          card.summary && (
            <span class="lib-snippet lib-item-summary" data-testid="library-item-summary">
              {card.summary.split('\n', 1)[0]}
            </span>
          )
        )}
      </button>
    </div>
  );
}
