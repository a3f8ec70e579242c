import { describe, expect, it } from 'vitest';
import { listTabs, shownTab } from '../../../utils/popup/list-tabs';
import { popupPage } from '../../../utils/popup/popup-page';
import type { CurrentPage } from '../../../utils/popup/use-current-page';
import { translatorFor } from '../i18n/messages';

const en = translatorFor('en');

describe('the popup list tabs', () => {
  it('offers Saved and Read later, with counts once they are known', () => {
    const tabs = listTabs({ total: 12, complete: true, unread: 3, related: 0 }, en);
    expect(tabs.map((tab) => [tab.id, tab.testId])).toEqual([
      ['saved', 'tab-saved'],
      ['later', 'tab-later'],
    ]);
    expect(tabs[0]!.label).toBe(en('tabSaved', 12));
    expect(tabs[1]!.label).toBe(en('tabLater', 3));
    expect(tabs[0]!.label).toContain('12');
  });

  it('shows plain labels while the counts are not known', () => {
    const tabs = listTabs({ total: null, complete: false, unread: 3, related: 0 }, en);
    expect(tabs.map((tab) => tab.label)).toEqual([en('tabSavedPlain'), en('tabLaterPlain')]);
  });

  it('adds Related only when the page has related links', () => {
    const tabs = listTabs({ total: 0, complete: true, unread: 0, related: 4 }, en);
    expect(tabs.map((tab) => tab.id)).toEqual(['saved', 'later', 'related']);
    expect(tabs[2]!.label).toBe(en('popupTabRelated', 4));
  });

  it('falls back from Related to Saved on a page without related links', () => {
    expect(shownTab('related', 0)).toBe('saved');
    expect(shownTab('related', 2)).toBe('related');
    expect(shownTab('later', 0)).toBe('later');
  });
});

describe('the page card view', () => {
  const page: CurrentPage = { loading: false, tabId: 3, article: null, reachable: true, key: 'k' };
  const idle = { saving: false, updated: true, savedAsIs: false };

  it('keeps loading until the whole library is read', () => {
    expect(popupPage(page, false, false, idle).loading).toBe(true);
    expect(popupPage(page, true, false, idle).loading).toBe(false);
    expect(popupPage({ ...page, loading: true }, true, false, idle).loading).toBe(true);
  });

  it('says "updated" only while the article is still saved', () => {
    expect(popupPage(page, true, true, idle).updated).toBe(true);
    expect(popupPage(page, true, false, idle).updated).toBe(false);
  });

  it('passes on whether the page can be saved as it is, and its key', () => {
    const view = popupPage({ ...page, reachable: false }, true, false, idle);
    expect(view).toMatchObject({ canSaveAsIs: false, key: 'k', saving: false, savedAsIs: false });
  });
});
