import type { Link } from '../../utils/schemas/records';
import { t } from '../../utils/i18n';
import { metaLine, shortDate } from '../../utils/popup/format';
import { SafeLink } from './SafeLink';

interface Props {
  links: Link[];
  onSetRead: (url: string, read: boolean) => void;
  onRemove: (link: Link) => void;
}

/** Links kept for later across all saved articles, unread first. */
export function ReadLater({ links, onSetRead, onRemove }: Props) {
  if (links.length === 0) return <p class="empty">{t('emptyLater')}</p>;
  return (
    <ul class="later">
      {links.map((link) => {
        const read = link.readAt !== null;
        const meta = metaLine([
          shortDate(link.publishedAt),
          t('fromArticles', link.fromArticles.length),
        ]);
        return (
          <li
            key={link.url}
            class={`later-item${read ? ' is-read' : ''}`}
            data-testid="later-item"
            data-read={read ? 'true' : 'false'}
          >
            <SafeLink url={link.url} class="later-title" title={t('openInNewTab')}>
              {link.title || link.url}
            </SafeLink>
            {link.summary && <p class="later-summary clamp">{link.summary}</p>}
            <div class="later-foot">
              <span class="muted small">{meta}</span>
              <button
                type="button"
                class={`button button-small${read ? ' is-on' : ''}`}
                data-testid="mark-read"
                aria-pressed={read ? 'true' : 'false'}
                onClick={() => onSetRead(link.url, !read)}
              >
                {read ? t('markUnread') : t('markRead')}
              </button>
              <button type="button" class="link-button small" onClick={() => onRemove(link)}>
                {t('removeFromLater')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
