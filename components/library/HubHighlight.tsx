import { t } from '../../utils/i18n';
import type { HubItem } from '../../utils/library/hub/items';
import { metaLine, shortDate } from '../../utils/view/format';

interface Props {
  item: HubItem;
  onOpen: (item: HubItem) => void;
  onCopy: (item: HubItem) => void;
  onCard: (item: HubItem) => void;
  onCopyCard: (item: HubItem) => void;
}

/** One highlight in the hub: its text (opens the reader view there), note, article and actions. */
export function HubHighlight({ item, onOpen, onCopy, onCard, onCopyCard }: Props) {
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
    </li>
  );
}
