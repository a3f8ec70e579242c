import { useState } from 'preact/hooks';
import type { Change } from '../db';
import { t, type MessageKey } from '../i18n';
import type { PopupDeps } from './deps';
import { errorText } from '../view/errors';
import { popupPage } from './popup-page';
import { useChangeFeed } from './use-change-feed';
import { useCurrentPage } from './use-current-page';
import { useDetail } from './use-detail';
import { useLibrary } from './use-library';
import { useLinkActions } from './use-link-actions';
import { usePageFold } from './use-page-fold';
import { usePageSave } from './use-page-save';
import { usePopupNav } from './use-popup-nav';
import { useTransfer } from './use-transfer';
import { useUndo } from './use-undo';

export type { ListTab } from './use-popup-nav';

/**
 * All the popup's state and actions; components only render what it gives them. Reads go
 * through `utils/db`; every write goes to the background (the library's one owner), and the
 * popup follows the change feed, so what another window, the page or an import changes shows
 * up here while it is open.
 */
export function usePopupController(deps: PopupDeps) {
  const [error, setError] = useState<string | null>(null);
  const report = (key: MessageKey, e: unknown) => setError(t(key, errorText(e)));
  const clearError = () => setError(null);

  const page = useCurrentPage(deps);
  const fold = usePageFold(deps.prefs);
  const library = useLibrary(deps, (e) => report('errLoadFailed', e));
  const { follow, wrote } = useChangeFeed(deps);
  const undo = useUndo({ deps, wrote, report });
  const detail = useDetail({ deps, page, wrote, offerUndo: undo.offer, report });
  const transfer = useTransfer({ deps, report, clearError });
  follow.current = (c: Change) =>
    Promise.all([library.refresh(c), detail.refresh(c)]).then(() => undefined);

  const saved = page.article !== null && library.saved.has(page.article.url);
  const pageSave = usePageSave({ deps, page, saved, wrote, report, clearError });
  const links = useLinkActions({ deps, wrote, report });
  const nav = usePopupNav({ library, detail });

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
    dismissError: clearError,
    page: popupPage(page, library.complete, saved, pageSave),
    fold,
    savePage: pageSave.savePage,
    ...nav,
    library,
    ...links,
    detail,
    deleteOpenArticle,
    undo,
    transfer,
  };
}

export type PopupController = ReturnType<typeof usePopupController>;
