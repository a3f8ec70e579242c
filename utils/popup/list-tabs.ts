import { t, type Translate } from '../i18n';
import type { ListTab } from './use-popup-nav';

export interface ListTabSpec {
  id: ListTab;
  testId: string;
  label: string;
}

export interface ListCounts {
  /** Saved articles, null until known. */
  total: number | null;
  /** The whole library is read: the unread count is exact. */
  complete: boolean;
  /** Kept links not read yet. */
  unread: number;
  /** Related links of the page's article. */
  related: number;
}

/** The popup's list tabs: Saved and Read later always, Related when the page has related links. */
export function listTabs(counts: ListCounts, tr: Translate = t): ListTabSpec[] {
  const tabs: ListTabSpec[] = [
    {
      id: 'saved',
      testId: 'tab-saved',
      label: counts.total === null ? tr('tabSavedPlain') : tr('tabSaved', counts.total),
    },
    {
      id: 'later',
      testId: 'tab-later',
      label: counts.complete ? tr('tabLater', counts.unread) : tr('tabLaterPlain'),
    },
  ];
  if (counts.related > 0) {
    tabs.push({
      id: 'related',
      testId: 'tab-related',
      label: tr('popupTabRelated', counts.related),
    });
  }
  return tabs;
}

/** The tab shown: Related, chosen on a page without related links, falls back to Saved. */
export function shownTab(tab: ListTab, related: number): ListTab {
  return tab === 'related' && related === 0 ? 'saved' : tab;
}
