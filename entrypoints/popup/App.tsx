import { browser } from 'wxt/browser';
import { DetailScreen } from '../../components/popup/DetailScreen';
import { MainScreen } from '../../components/popup/MainScreen';
import { PopupLinks } from '../../components/popup/PopupLinks';
import { ErrorAlert } from '../../components/shared/ErrorAlert';
import { UndoToast } from '../../components/shared/UndoToast';
import { useReviewCount } from '../../utils/library/review/use-review-count';
import type { PopupDeps } from '../../utils/popup/deps';
import { undoText } from '../../utils/popup/undo-text';
import { useEscape } from '../../utils/popup/use-escape';
import { usePopupController } from '../../utils/popup/use-popup-controller';
import { useSiteToolbar } from '../../utils/popup/use-site-toolbar';
import { openPanelFrom } from '../../utils/sidepanel/browser-open';

const openReview = () =>
  void browser.tabs.create({ url: browser.runtime.getURL('/library.html#review') });

export function App({ deps }: { deps: PopupDeps }) {
  const c = usePopupController(deps);
  const open = c.detail.detail;
  useEscape(deps.document, open !== null, c.detail.close);
  const siteToolbar = useSiteToolbar(
    deps.settings,
    c.page.key,
    c.page.article !== null || c.page.saved,
  );
  const reviewCount = useReviewCount(deps.db, deps.now, c.library.complete);
  const links = (
    <PopupLinks
      reviewCount={reviewCount}
      siteToolbar={siteToolbar}
      onOpenPanel={() => void openPanelFrom(window)}
      onOpenLibrary={c.openLibrary}
      onOpenReview={openReview}
      onOptions={() => deps.openOptions?.()}
    />
  );

  return (
    <div class="app" data-complete={c.library.complete}>
      <ErrorAlert message={c.error} onDismiss={c.dismissError} />
      {open ? (
        <DetailScreen controller={c} open={open} />
      ) : (
        <MainScreen controller={c} links={links} />
      )}
      {c.undo.pending && (
        <UndoToast
          text={undoText(c.undo.pending)}
          onUndo={c.undo.undo}
          onDismiss={c.undo.dismiss}
        />
      )}
    </div>
  );
}
