import { useEffect, useState } from 'preact/hooks';
import { setLinkForLater, setLinkRead } from '../db';
import { t, type MessageKey } from '../i18n';
import type { RelatedLink } from '../schemas/article';
import type { Link } from '../schemas/records';
import type { PopupDeps } from './deps';
import { errorText, ReaderError } from './errors';
import { useCurrentPage } from './use-current-page';
import { useDetail } from './use-detail';
import { useLibrary } from './use-library';
import { useRemoval } from './use-removal';
import { useTransfer } from './use-transfer';

export type ListTab = 'saved' | 'later';

/** All the popup's state and actions; components only render what it gives them. */
export function usePopupController(deps: PopupDeps) {
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<ListTab>('saved');
  const [saving, setSaving] = useState(false);
  const [savedAsIs, setSavedAsIs] = useState(false);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const report = (key: MessageKey, e: unknown) => setError(t(key, errorText(e)));
  const now = () => deps.now().toISOString();

  const page = useCurrentPage(deps);
  const library = useLibrary(deps);
  const detail = useDetail({ deps, page, onChanged: library.reloadCards, report });
  const removal = useRemoval({
    deps,
    onChanged: library.reload,
    refreshTab: detail.refreshTab,
    report,
  });
  const transfer = useTransfer({
    deps,
    onImported: library.reload,
    report,
    clearError: () => setError(null),
  });

  useEffect(() => {
    library.reload().catch((e: unknown) => setError(t('errLoadFailed', errorText(e))));
  }, [library.reload]);

  const article = page.article;
  const saved = article !== null && library.savedUrls.has(article.url);

  /** Save the page's article, or save it again to bring it up to date (never a duplicate). */
  async function savePage() {
    if (!article || saving) return;
    setSaving(true);
    setError(null);
    try {
      await deps.sendToBackground('article/save', {
        article,
        ...(page.tabId != null ? { tabId: page.tabId } : {}),
      });
      await library.reload();
    } catch (e) {
      report('errSaveFailed', e);
    } finally {
      setSaving(false);
    }
  }

  /** Save a page that is not recognized as an article, as it is (title, address, text). */
  async function savePageAsIs() {
    if (page.tabId == null || saving) return;
    setSaving(true);
    setError(null);
    try {
      const { saved: ok } = await deps.sendToTab(page.tabId, 'tab/save-page', {});
      if (!ok) throw new ReaderError(t('errPageNotSavable'));
      setSavedAsIs(true);
      await library.reload();
    } catch (e) {
      report('errSaveFailed', e);
    } finally {
      setSaving(false);
    }
  }

  async function toggleKeep(link: RelatedLink, keep: boolean) {
    try {
      await setLinkForLater(await deps.db.get(), link, keep, now());
      await library.reloadLater();
    } catch (e) {
      report('errLinkFailed', e);
    }
  }

  async function setRead(url: string, read: boolean) {
    try {
      await setLinkRead(await deps.db.get(), url, read, now());
      await library.reloadLater();
    } catch (e) {
      report('errLinkFailed', e);
    }
  }

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
    if (url && (await removal.remove(url))) detail.close();
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
      canSaveAsIs: page.reachable,
      savedAsIs,
    },
    savePage,
    savePageAsIs,
    tab,
    setTab,
    library,
    lastOpened,
    openDetail,
    pickKeyword,
    toggleKeep,
    setRead,
    removeFromLater,
    detail,
    deleteOpenArticle,
    removal,
    transfer,
  };
}

export type PopupController = ReturnType<typeof usePopupController>;
