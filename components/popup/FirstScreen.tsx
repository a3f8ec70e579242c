import type { ArticleCard } from '../../utils/db/cards';
import { t } from '../../utils/i18n';
import { listTabs } from '../../utils/popup/list-tabs';
import { PageCard, type PageView } from './PageCard';
import { PopupLinks } from './PopupLinks';
import { SavedPanel, type SavedPanelView } from './SavedPanel';
import { Tabs } from './Tabs';
import { TransferBar } from './TransferBar';

const noop = () => {};
const LOOKING: PageView = { loading: true, article: null, saved: false, saving: false };

/**
 * Nothing in the first screen answers to the names of the popup's controls (`data-testid`): it is
 * a picture of them, and what looks for a control finds the popup's own once it is there.
 */
function unnamed(root: HTMLElement | null) {
  root?.querySelectorAll('[data-testid]').forEach((el) => el.removeAttribute('data-testid'));
}

/** The saved list as the popup's first render shows it: the newest cards, nothing searched yet. */
function firstPanel(cards: readonly ArticleCard[]): SavedPanelView {
  const byUrl = new Map(cards.map((c) => [c.url, c]));
  return {
    loading: false,
    total: null,
    results: cards.map((c) => c.url),
    cardOf: (url) => byUrl.get(url),
    want: noop,
    filtered: false,
    answered: false,
    searchingBodies: false,
    snippet: () => null,
    query: '',
    keyword: null,
    keywords: [],
    countingKeywords: false,
    askKeywords: noop,
    setQuery: noop,
    setKeyword: noop,
  };
}

/**
 * The popup's first screen drawn from its newest saved cards alone, while the rest of its code
 * loads (entrypoints/popup/main.tsx). The same components as `MainScreen` in the state the
 * popup's own first render shows them (the tab's page being looked at, the lists not counted yet),
 * so nothing moves when the popup takes over. Inert until then: nothing in it takes a click, a
 * key or the focus, nor answers to a control's name (tests/unit/popup/first-screen.test.tsx holds
 * it to the popup's first render).
 */
export function FirstScreen({ cards }: { cards: readonly ArticleCard[] }) {
  return (
    <div
      class="app"
      data-testid="first-screen"
      inert
      aria-busy="true"
      aria-disabled="true"
      ref={unnamed}
    >
      <main class="screen main">
        <PageCard
          page={LOOKING}
          folded={false}
          onToggleFold={noop}
          onSave={noop}
          onOpenDetail={noop}
          onPickKeyword={noop}
          onShowRelated={noop}
        />
        <PopupLinks
          reviewCount={0}
          siteToolbar={{ site: null, on: null, set: noop }}
          onOpenPanel={noop}
          onOpenLibrary={noop}
          onOpenReview={noop}
          onOptions={noop}
        />
        <Tabs
          label={t('listsLabel')}
          active="saved"
          onChange={noop}
          tabs={listTabs({ total: null, complete: false, unread: 0, related: 0 })}
        />
        <SavedPanel library={firstPanel(cards)} focusUrl={null} onOpen={noop} />
        <TransferBar importView={{ state: 'idle' }} onExport={noop} onImport={noop} />
      </main>
    </div>
  );
}
