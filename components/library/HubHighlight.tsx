import { t } from '../../utils/i18n';
import type { HubItem } from '../../utils/library/hub/items';
import { metaLine, shortDate } from '../../utils/view/format';
import { HighlightTags } from '../shared/HighlightTags';

interface Props {
  item: HubItem;
  onOpen: (item: HubItem) => void;
  onCopy: (item: HubItem) => void;
  onCard: (item: HubItem) => void;
  onCopyCard: (item: HubItem) => void;
  /** Give the highlight these tags (its own, not its article's). */
  onTags: (item: HubItem, tags: string[]) => Promise<boolean>;
  /** The id of the `<datalist>` of tags to suggest. */
  tagListId: string;
}

/** One highlight in the hub: its text (opens the reader view there), note, article and actions. */
export function HubHighlight({
  item,
  onOpen,
  onCopy,
  onCard,
  onCopyCard,
  onTags,
  tagListId,
}: Props) {
  return (
    <li
      class={`hub-item hub-${item.color}`}
      data-testid="hub-highlight"
      data-id={item.id}
      data-url={item.articleUrl}
      data-color={item.color}
    >
      <button
        type="button"
        class="hub-open"
        data-testid="hub-open"
        title={t('hubOpenTitle')}
        onClick={() => onOpen(item)}
      >
        <span class="hub-text">{item.text}</span>
      </button>
      {item.note.trim() && (
        <p class="hub-note" data-testid="hub-note">
          {item.note}
        </p>
      )}
      <p class="hub-meta lib-muted">
        {metaLine([item.title, item.source, shortDate(item.createdAt)])}
        {item.tags.map((tag) => (
          <span key={tag} class="lib-tag">
            {tag}
          </span>
        ))}
      </p>
      <HighlightTags
        view="hub"
        tags={item.highlightTags}
        listId={tagListId}
        onChange={(tags) => onTags(item, tags)}
      />
      <HubActions item={item} onCopy={onCopy} onCard={onCard} onCopyCard={onCopyCard} />
    </li>
  );
}

/** The highlight's actions: copy as a quote, download or copy its quote card. */
function HubActions({
  item,
  onCopy,
  onCard,
  onCopyCard,
}: Pick<Props, 'item' | 'onCopy' | 'onCard' | 'onCopyCard'>) {
  return (
    <div class="hub-actions">
      <button
        type="button"
        class="button button-small"
        data-testid="hub-copy"
        onClick={() => onCopy(item)}
      >
        {t('hubCopyQuote')}
      </button>
      <button
        type="button"
        class="button button-small"
        data-testid="quote-card"
        onClick={() => onCard(item)}
      >
        {t('hubQuoteCard')}
      </button>
      <button
        type="button"
        class="button button-small"
        data-testid="quote-card-copy"
        onClick={() => onCopyCard(item)}
      >
        {t('hubQuoteCardCopy')}
      </button>
    </div>
  );
}
