import type { RelatedLink } from '../../utils/schemas/article';
import { t } from '../../utils/i18n';
import { shortDate } from '../../utils/popup/format';
import { SafeLink } from './SafeLink';

interface Props {
  links: RelatedLink[];
  /** URLs the reader keeps for later. */
  kept: ReadonlySet<string>;
  onToggleKeep: (link: RelatedLink, keep: boolean) => void;
}

/**
 * The article's related links, each with its whole title, date and the start of its summary,
 * "keep for later" and open-in-new-tab. The list grows with its links; the view around it
 * scrolls, never a box of its own.
 */
export function RelatedLinks({ links, kept, onToggleKeep }: Props) {
  if (links.length === 0) return <p class="muted">{t('noRelated')}</p>;
  return (
    <ul class="related">
      {links.map((link) => {
        const isKept = kept.has(link.url);
        return (
          <li key={link.url} class="related-item" data-testid="related-link">
            <div class="related-text">
              <SafeLink url={link.url} class="related-title" title={t('openInNewTab')}>
                {link.title || link.url}
              </SafeLink>
              {link.summary && <p class="related-summary clamp">{link.summary}</p>}
              {link.publishedAt && <span class="muted small">{shortDate(link.publishedAt)}</span>}
            </div>
            <button
              type="button"
              class={`button button-small keep${isKept ? ' is-on' : ''}`}
              data-testid="keep-later"
              aria-pressed={isKept ? 'true' : 'false'}
              title={isKept ? t('keptForLaterHint') : t('keepForLaterHint')}
              onClick={() => onToggleKeep(link, !isKept)}
            >
              {isKept ? t('keptForLater') : t('keepForLater')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
