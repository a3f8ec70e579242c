import type { RelatedLink } from '../../utils/schemas/article';
import { t } from '../../utils/i18n';
import { shortDate } from '../../utils/view/format';
import type { MarkOf } from '../../utils/view/related-marks';
import { SafeLink } from './SafeLink';

interface Props {
  links: RelatedLink[];
  /** What the reader has done with each link: saved, read, kept for later. */
  mark: MarkOf;
  onToggleKeep: (link: RelatedLink, keep: boolean) => void;
}

/** "Saved" and "Read" beside a link the reader saved or read. */
function Marks({ saved, read }: { saved: boolean; read: boolean }) {
  if (!saved && !read) return null;
  return (
    <span class="related-marks">
      {saved && (
        <span class="related-mark is-saved" data-testid="related-mark" data-mark="saved">
          {t('relatedMarkSaved')}
        </span>
      )}
      {read && !saved && (
        <span class="related-mark is-read" data-testid="related-mark" data-mark="read">
          {t('relatedMarkRead')}
        </span>
      )}
    </span>
  );
}

/**
 * The article's related links, each with its whole title, date, the start of its summary, what
 * the reader did with it (saved, read), "keep for later" and open-in-new-tab. The list grows with
 * its links; the view around it scrolls, never a box of its own.
 */
export function RelatedLinks({ links, mark, onToggleKeep }: Props) {
  if (links.length === 0) return <p class="muted">{t('noRelated')}</p>;
  return (
    <ul class="related">
      {links.map((link) => {
        const m = mark(link.url);
        return (
          <li
            key={link.url}
            class={`related-item${m.read ? ' is-read' : ''}`}
            data-testid="related-link"
            data-saved={m.saved ? 'true' : 'false'}
            data-read={m.read ? 'true' : 'false'}
          >
            <div class="related-text">
              <SafeLink url={link.url} class="related-title" title={t('openInNewTab')}>
                {link.title || link.url}
              </SafeLink>
              {link.summary && <p class="related-summary clamp">{link.summary}</p>}
              <span class="related-meta muted small">
                {link.publishedAt && <span>{shortDate(link.publishedAt)}</span>}
                <Marks saved={m.saved} read={m.read} />
              </span>
            </div>
            <button
              type="button"
              class={`button button-small keep${m.kept ? ' is-on' : ''}`}
              data-testid="keep-later"
              aria-pressed={m.kept ? 'true' : 'false'}
              title={m.kept ? t('keptForLaterHint') : t('keepForLaterHint')}
              onClick={() => onToggleKeep(link, !m.kept)}
            >
              {m.kept ? t('keptForLater') : t('keepForLater')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
