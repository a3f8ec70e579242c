import { t } from '../../utils/i18n';
import type { Section } from '../../utils/library/reader/route';

const SECTIONS: { id: Exclude<Section, 'reader'>; label: () => string }[] = [
  { id: 'articles', label: () => t('sectionArticles') },
  { id: 'hub', label: () => t('sectionHub') },
  { id: 'review', label: () => t('sectionReview') },
  { id: 'digest', label: () => t('sectionDigest') },
];

interface Props {
  section: Section;
  /** Highlights waiting in today's review (shown on its tab when there are some). */
  reviewCount: number;
  onSection: (section: Exclude<Section, 'reader'>) => void;
}

/** The library's sections: articles, highlights, the daily review and the digest. */
export function HubTabs(p: Props) {
  return (
    <nav class="lib-sections" aria-label={t('sectionsLabel')}>
      {SECTIONS.map((s) => (
        <button
          key={s.id}
          type="button"
          class="lib-section"
          data-testid={`library-section-${s.id}`}
          aria-current={p.section === s.id ? 'page' : undefined}
          onClick={() => p.onSection(s.id)}
        >
          {s.label()}
          {s.id === 'review' && p.reviewCount > 0 && (
            <span class="lib-section-count" data-testid="review-count">
              {p.reviewCount}
            </span>
          )}
        </button>
      ))}
    </nav>
  );
}
