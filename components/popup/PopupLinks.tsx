import { t } from '../../utils/i18n';
import { OpenPanelButton } from '../sidepanel/OpenPanelButton';
import { OpenLibraryButton } from './OpenLibraryButton';
import { PageSettings } from './PageSettings';
import { ReviewCount } from './ReviewCount';

export interface SiteToolbarView {
  site: string | null;
  on: boolean | null;
  set: (on: boolean) => void;
}

interface Props {
  reviewCount: number;
  siteToolbar: SiteToolbarView;
  onOpenPanel: () => void;
  onOpenLibrary: () => void;
  onOpenReview: () => void;
  onOptions: () => void;
}

/** The other views the popup leads to: side panel, library, today's review, the page's settings. */
export function PopupLinks(props: Props) {
  const { siteToolbar } = props;
  return (
    <nav class="popup-links" aria-label={t('popupMoreViews')}>
      <OpenPanelButton onOpen={props.onOpenPanel} />
      <OpenLibraryButton onOpen={props.onOpenLibrary} />
      <ReviewCount count={props.reviewCount} onOpen={props.onOpenReview} />
      <PageSettings
        site={siteToolbar.site}
        on={siteToolbar.on}
        onSite={siteToolbar.set}
        onOptions={props.onOptions}
      />
    </nav>
  );
}
