import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { listTabs, shownTab } from '../../utils/popup/list-tabs';
import { linkSource } from '../../utils/popup/read-later';
import type { ListTab, PopupController } from '../../utils/popup/use-popup-controller';
import { RelatedLinks } from '../shared/RelatedLinks';
import { ReadLater } from './ReadLater';
import { SavedPanel } from './SavedPanel';
import { Tabs } from './Tabs';

/** The popup's lists under their tabs: saved articles, links kept for later, the page's related links. */
export function ListPanels({ controller: c }: { controller: PopupController }) {
  const { library } = c;
  const related = c.page.article?.related ?? [];
  const tab = shownTab(c.tab, related.length);
  const unread = library.later.filter((l) => l.readAt === null).length;
  const { askTitles } = library;
  // Read later names each link by the saved article it came from: read once that list shows.
  useEffect(() => {
    if (tab === 'later') askTitles();
  }, [tab, askTitles]);
  const tabs = listTabs({
    total: library.total,
    complete: library.complete,
    unread,
    related: related.length,
  });
  return (
    <>
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
    </>
  );
}
