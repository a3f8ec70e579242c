import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { change, type Change } from '../db';
import { t, type MessageKey } from '../i18n';
import type { RelatedLink } from '../schemas/article';
import { toRelatedLink } from '../schemas/canonical';
import type { Link } from '../schemas/records';
import type { PopupDeps } from './deps';
import { errorText } from '../view/errors';
import { useCurrentPage } from './use-current-page';
import { useDetail } from './use-detail';
import { useLibrary } from './use-library';
import { usePageFold } from './use-page-fold';
import { useTransfer } from './use-transfer';
import { useUndo } from './use-undo';

export type ListTab = 'saved' | 'later' | 'related';

/**
 * All the popup's state and actions; components only render what it gives them. Reads go
 * through `utils/db`; every write goes to the background (the library's one owner), and the
 * popup follows the change feed, so what another window, the page or an import changes shows
 * up here while it is open.
 */
export function usePopupController(deps: PopupDeps) {
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<ListTab>('saved');
  const [saving, setSaving] = useState(false);
  const [updated, setUpdated] = useState(false);
  const [savedAsIs, setSavedAsIs] = useState(false);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const report = (key: MessageKey, e: unknown) => setError(t(key, errorText(e)));

  const page = useCurrentPage(deps);
  const fold = usePageFold(deps.prefs);
  const library = useLibrary(deps, (e) => report('errLoadFailed', e));
  const follow = useRef<(c: Change) => Promise<void>>(async () => undefined);
  /** A write of this popup committed: show it now, without waiting for the feed's echo. */
  const wrote = useCallback((c: Change) => follow.current(c), []);
  const undo = useUndo({ deps, wrote, report });
  const detail = useDetail({ deps, page, wrote, offerUndo: undo.offer, report });
  const transfer = useTransfer({
    deps,
    report,
    clearError: () => setError(null),
  });

  follow.current = (c: Change) =>
    Promise.all([library.refresh(c), detail.refresh(c)]).then(() => undefined);
  useEffect(
    () => deps.subscribeChanges((c) => void follow.current(c).catch(() => undefined)),
    [deps],
  );

  const article = page.article;
  const saved = article !== null && library.titles.has(article.url);

  /**
   * Save the page: its article, or, once saved, bring the saved copy up to date (never a
   * duplicate); a page that is not an article is saved as it is. The background asks the page for
   * what it extracted (the one save path); the change feed brings the result back.
   */
  async function savePage() {
    if (page.tabId == null || saving) return;
    const again = saved;
    setSaving(true);
    setError(null);
    try {
      const record = await deps.sendToBackground('article/save', { tabId: page.tabId });
      await wrote(change({ articles: [record.url], links: record.related.map((r) => r.url) }));
      if (article) setUpdated(again);
      else setSavedAsIs(true);
    } catch (e) {
      report('errSaveFailed', e);
    } finally {
      setSaving(false);
    }
  }

  async function writeLink(url: string, work: () => Promise<unknown>) {
    try {
      await work();
      await wrote(change({ links: [url] }));
    } catch (e) {
      report('errLinkFailed', e);
    }
  }

  const toggleKeep = (link: RelatedLink, keep: boolean) =>
    writeLink(link.url, () =>
      deps.sendToBackground('link/later', { link: toRelatedLink(link), keep }),
    );

  const setRead = (url: string, read: boolean) =>
    writeLink(url, () => deps.sendToBackground('link/read', { url, read }));

  /** The reader opened a kept link: it is read now. */
  const openLater = (link: Link) => {
    if (link.readAt === null) void setRead(link.url, true);
  };

  const removeFromLater = (link: Link) => toggleKeep(link, false);

  function openDetail(url: string) {
    setLastOpened(url);
    void detail.open(url);
  }

  function pickKeyword(keyword: string) {
    library.setKeyword(keyword);
    setTab('saved');
    detail.close();
  }

  async function deleteOpenArticle() {
    const url = detail.detail?.article.url;
    if (url && (await undo.removeArticle(url))) detail.close();
  }

  function openLibrary() {
    deps.openLibrary().catch((e: unknown) => report('errLoadFailed', e));
  }

  return {
    error,
    openLibrary,
    dismissError: () => setError(null),
    page: {
      loading: page.loading || !library.complete,
      article,
      saved,
      saving,
      updated: saved && updated,
      canSaveAsIs: page.reachable,
      savedAsIs,
      key: page.key,
    },
    fold,
    savePage,
    tab,
    setTab,
    library,
    lastOpened,
    openDetail,
    pickKeyword,
    toggleKeep,
    setRead,
    openLater,
    removeFromLater,
    detail,
    deleteOpenArticle,
    undo,
    transfer,
  };
}

export type PopupController = ReturnType<typeof usePopupController>;
