import { t } from '../../utils/i18n';
import type { RelatedLink } from '../../utils/schemas/article';
import type { MarkOf } from '../../utils/view/related-marks';
import { RelatedLinks } from '../shared/RelatedLinks';

/** The article's related links, marked as in the popup and the library; nothing when none. */
export function PanelRelated(props: {
  links: RelatedLink[];
  mark: MarkOf;
  onToggleKeep: (link: RelatedLink, keep: boolean) => void;
}) {
  if (props.links.length === 0) return null;
  return (
    <section
      class="panel-section"
      aria-labelledby="panel-related-title"
      data-testid="panel-related"
    >
      <h2 id="panel-related-title" class="section-title">
        {t('libraryRelated')}
      </h2>
      <RelatedLinks links={props.links} mark={props.mark} onToggleKeep={props.onToggleKeep} />
    </section>
  );
}
