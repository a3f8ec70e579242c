import type { Detail } from '../../utils/popup/use-detail';
import type { PopupController } from '../../utils/popup/use-popup-controller';
import { ItemDetail } from './ItemDetail';

/** The popup's second screen: one saved article, opened from a list or the page card. */
export function DetailScreen({
  controller: c,
  open,
}: {
  controller: PopupController;
  open: Detail;
}) {
  const { detail } = c;
  return (
    <main class="screen">
      <ItemDetail
        detail={open}
        mark={c.library.markOf}
        onBack={detail.close}
        onNote={detail.saveNote}
        onHighlightNote={detail.highlightNote}
        onDeleteHighlight={detail.removeHighlight}
        onScrollTo={detail.scrollTo}
        onToggleKeep={c.toggleKeep}
        onPickKeyword={c.pickKeyword}
        onDelete={c.deleteOpenArticle}
        onExport={(kind) => c.transfer.exportArticle(open.article.url, kind)}
      />
    </main>
  );
}
