import { browser } from 'wxt/browser';
import { ErrorAlert } from '../../components/shared/ErrorAlert';
import { OpenPanelButton } from '../../components/sidepanel/OpenPanelButton';
import { openPanelFrom } from '../../utils/sidepanel/browser-open';
import { ItemDetail } from '../../components/popup/ItemDetail';
import { OpenLibraryButton } from '../../components/popup/OpenLibraryButton';
import { PageCard } from '../../components/popup/PageCard';
import { PageSettings } from '../../components/popup/PageSettings';
import { useSiteToolbar } from '../../utils/popup/use-site-toolbar';
import { ReadLater } from '../../components/popup/ReadLater';
import { ReviewCount } from '../../components/popup/ReviewCount';
import { RelatedLinks } from '../../components/shared/RelatedLinks';
import { SavedPanel } from '../../components/popup/SavedPanel';
import { Tabs, type TabSpec } from '../../components/popup/Tabs';
import { TransferBar } from '../../components/popup/TransferBar';
import { UndoToast } from '../../components/shared/UndoToast';
import { t } from '../../utils/i18n';
import { useReviewCount } from '../../utils/library/review/use-review-count';
import type { PopupDeps } from '../../utils/popup/deps';
import { linkSource } from '../../utils/popup/read-later';
import { undoText } from '../../utils/popup/undo-text';
import { useEscape } from '../../utils/popup/use-escape';
import { usePopupController, type ListTab } from '../../utils/popup/use-popup-controller';

export function App({ deps }: { deps: PopupDeps }) {
  const c = usePopupController(deps);
  const { library, detail } = c;
  const open = detail.detail;
  const unread = library.later.filter((l) => l.readAt === null).length;
  const related = c.page.article?.related ?? [];
  const tab: ListTab = c.tab === 'related' && related.length === 0 ? 'saved' : c.tab;

  useEscape(deps.document, open !== null, detail.close);
  const siteToolbar = useSiteToolbar(
    deps.settings,
    c.page.key,
    c.page.article !== null || c.page.saved,
  );
  const reviewCount = useReviewCount(deps.db, deps.now, library.complete);

  const tabs: TabSpec<ListTab>[] = [
    {
      id: 'saved',
      testId: 'tab-saved',
      label: library.total === null ? t('tabSavedPlain') : t('tabSaved', library.total),
    },
    {
      id: 'later',
      testId: 'tab-later',
      label: library.complete ? t('tabLater', unread) : t('tabLaterPlain'),
    },
  ];
  if (related.length > 0) {
    tabs.push({
      id: 'related',
      testId: 'tab-related',
      label: t('popupTabRelated', related.length),
    });
  }

  return (
    <div class="app">
      <ErrorAlert message={c.error} onDismiss={c.dismissError} />
      {open ? (
        <main class="screen">
          <ItemDetail
            detail={open}
            mark={library.markOf}
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
      ) : (
        <main class="screen main">
          <PageCard
            page={c.page}
            folded={c.fold.folded}
            onToggleFold={c.fold.toggle}
            onSave={c.savePage}
            onSaveAsIs={c.savePage}
            onOpenDetail={() => c.page.article && c.openDetail(c.page.article.url)}
            onPickKeyword={c.pickKeyword}
            onShowRelated={() => c.setTab('related')}
          />
          <nav class="popup-links" aria-label={t('popupMoreViews')}>
            <OpenPanelButton onOpen={() => void openPanelFrom(window)} />
            <OpenLibraryButton onOpen={c.openLibrary} />
            <ReviewCount
              count={reviewCount}
              onOpen={() =>
                void browser.tabs.create({ url: browser.runtime.getURL('/library.html#review') })
              }
            />
            <PageSettings
              site={siteToolbar.site}
              on={siteToolbar.on}
              onSite={siteToolbar.set}
              onOptions={() => deps.openOptions?.()}
            />
          </nav>
          <Tabs<ListTab> label={t('listsLabel')} active={tab} onChange={c.setTab} tabs={tabs} />
          {tab === 'saved' && (
            <SavedPanel library={library} focusUrl={c.lastOpened} onOpen={c.openDetail} />
          )}
          {tab === 'later' && (
            <section class="panel" role="tabpanel" id="panel-later" aria-labelledby="tab-later">
              <ReadLater
                links={library.later}
                sourceOf={(link) => linkSource(link, library.titles)}
                onOpen={c.openLater}
                onOpenSource={c.openDetail}
                onSetRead={c.setRead}
                onRemove={c.removeFromLater}
              />
            </section>
          )}
          {tab === 'related' && (
            <section
              class="panel panel-scroll"
              role="tabpanel"
              id="panel-related"
              aria-labelledby="tab-related"
            >
              <RelatedLinks links={related} mark={library.markOf} onToggleKeep={c.toggleKeep} />
            </section>
          )}
          <TransferBar
            importView={c.transfer.importState}
            onExport={c.transfer.exportEverything}
            onImport={c.transfer.importText}
          />
        </main>
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
