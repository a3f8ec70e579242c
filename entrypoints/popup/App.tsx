import { ErrorAlert } from '../../components/popup/ErrorAlert';
import { OpenPanelButton } from '../../components/sidepanel/OpenPanelButton';
import { openPanelFrom } from '../../utils/sidepanel/browser-open';
import { ItemDetail } from '../../components/popup/ItemDetail';
import { OpenLibraryButton } from '../../components/popup/OpenLibraryButton';
import { PageCard } from '../../components/popup/PageCard';
import { ReadLater } from '../../components/popup/ReadLater';
import { SavedList } from '../../components/popup/SavedList';
import { SearchBar } from '../../components/popup/SearchBar';
import { Tabs } from '../../components/popup/Tabs';
import { TransferBar } from '../../components/popup/TransferBar';
import { UndoBar } from '../../components/popup/UndoBar';
import { t } from '../../utils/i18n';
import type { PopupDeps } from '../../utils/popup/deps';
import { useEscape } from '../../utils/popup/use-escape';
import { usePopupController, type ListTab } from '../../utils/popup/use-popup-controller';

export function App({ deps }: { deps: PopupDeps }) {
  const c = usePopupController(deps);
  const { library, detail } = c;
  const open = detail.detail;
  const unread = library.later.filter((l) => l.readAt === null).length;

  useEscape(deps.document, open !== null, detail.close);

  return (
    <div class="app">
      <ErrorAlert message={c.error} onDismiss={c.dismissError} />
      {open ? (
        <main class="screen">
          <ItemDetail
            detail={open}
            kept={library.kept}
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
            kept={library.kept}
            onSave={c.savePage}
            onSaveAsIs={c.savePageAsIs}
            onOpenDetail={() => c.page.article && c.openDetail(c.page.article.url)}
            onPickKeyword={c.pickKeyword}
            onToggleKeep={c.toggleKeep}
          />
          <OpenPanelButton onOpen={() => void openPanelFrom(window)} />
          <OpenLibraryButton onOpen={c.openLibrary} />
          <Tabs<ListTab>
            label={t('listsLabel')}
            active={c.tab}
            onChange={c.setTab}
            tabs={[
              { id: 'saved', testId: 'tab-saved', label: t('tabSaved', library.total) },
              { id: 'later', testId: 'tab-later', label: t('tabLater', unread) },
            ]}
          />
          {c.tab === 'saved' ? (
            <section class="panel" role="tabpanel" id="panel-saved" aria-labelledby="tab-saved">
              <SearchBar
                query={library.query}
                keyword={library.keyword}
                keywords={library.keywords}
                onQuery={library.setQuery}
                onKeyword={library.setKeyword}
              />
              <SavedList
                cards={library.results}
                label={t('savedListLabel')}
                empty={
                  library.loading
                    ? t('loading')
                    : library.total === 0
                      ? t('emptySaved')
                      : t('noMatches')
                }
                focusUrl={c.lastOpened}
                onOpen={c.openDetail}
              />
            </section>
          ) : (
            <section class="panel" role="tabpanel" id="panel-later" aria-labelledby="tab-later">
              <ReadLater links={library.later} onSetRead={c.setRead} onRemove={c.removeFromLater} />
            </section>
          )}
          <TransferBar
            importView={c.transfer.importState}
            onExport={c.transfer.exportEverything}
            onImport={c.transfer.importText}
          />
        </main>
      )}
      {c.removal.pending && (
        <UndoBar
          title={c.removal.pending.article.title}
          onUndo={c.removal.undo}
          onDismiss={c.removal.dismiss}
        />
      )}
    </div>
  );
}
