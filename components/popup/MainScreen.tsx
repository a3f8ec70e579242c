import type { ComponentChildren } from 'preact';
import type { PopupController } from '../../utils/popup/use-popup-controller';
import { ListPanels } from './ListPanels';
import { PageCard } from './PageCard';
import { TransferBar } from './TransferBar';

interface Props {
  controller: PopupController;
  /** The links to the other views, between the page card and the lists. */
  links: ComponentChildren;
}

/** The popup's first screen: the page's card, the way to other views, the lists, export and import. */
export function MainScreen({ controller: c, links }: Props) {
  return (
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
      {links}
      <ListPanels controller={c} />
      <TransferBar
        importView={c.transfer.importState}
        onExport={c.transfer.exportEverything}
        onImport={c.transfer.importText}
      />
    </main>
  );
}
