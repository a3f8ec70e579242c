import type { Link } from '../../utils/schemas/records';
import { t } from '../../utils/i18n';
import { metaLine, shortDate } from '../../utils/view/format';
import type { LinkSource } from '../../utils/popup/read-later';
import { SafeLink } from '../shared/SafeLink';

interface Props {
  /** In reading order: unread first, newest first. */
  links: Link[];
  /** The saved article a link came from. */
  sourceOf: (link: Link) => LinkSource | null;
  /** The reader opened the link (it is marked read). */
  onOpen: (link: Link) => void;
  onOpenSource: (url: string) => void;
  onSetRead: (url: string, read: boolean) => void;
  onRemove: (link: Link) => void;
}

/** Links kept for later across all saved articles: unread first, newest first, with their source. */
export function ReadLater({ links, sourceOf, onOpen, onOpenSource, onSetRead, onRemove }: Props) {
  if (links.length === 0) return <p class="empty">{t('emptyLater')}</p>;
  return (
    <ul class="later">
      {links.map((link) => {
        const read = link.readAt !== null;
        const source = sourceOf(link);
        return (
          <li
            key={link.url}
            class={`later-item${read ? ' is-read' : ''}`}
            data-testid="later-item"
            data-read={read ? 'true' : 'false'}
          >
            <SafeLink
              url={link.url}
              class="later-title"
              title={t('openInNewTab')}
              testId="later-link"
              onOpen={() => onOpen(link)}
            >
              {link.title || link.url}
            </SafeLink>
            {link.summary && <p class="later-summary clamp">{link.summary}</p>}
            {source && (
              <p class="later-source small">
                {t('popupFromArticle')}{' '}
                <button
                  type="button"
                  class="link-button small"
                  data-testid="later-source"
                  title={t('popupOpenSource')}
                  onClick={() => onOpenSource(source.url)}
                >
                  {source.title}
                </button>
                {source.others > 0 && ` ${t('popupAndOthers', source.others)}`}
              </p>
            )}
            <div class="later-foot">
              <span class="muted small">{metaLine([shortDate(link.publishedAt)])}</span>
              <button
                type="button"
                class="button button-small"
                data-testid="mark-read"
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
