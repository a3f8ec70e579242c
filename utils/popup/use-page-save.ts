import { useState } from 'preact/hooks';
import { change, type Change } from '../db';
import type { MessageKey } from '../i18n';
import type { PopupDeps } from './deps';
import type { CurrentPage } from './use-current-page';

export interface PageSaveContext {
  deps: Pick<PopupDeps, 'sendToBackground'>;
  page: CurrentPage;
  /** The page's article is saved already: saving again brings the saved copy up to date. */
  saved: boolean;
  /** A write of this popup committed: show it at once. */
  wrote: (change: Change) => Promise<void>;
  report: (key: MessageKey, e: unknown) => void;
  clearError: () => void;
}

/**
 * Save the page: its article, or, once saved, bring the saved copy up to date (never a
 * duplicate); a page that is not an article is saved as it is. The background asks the page for
 * what it extracted (the one save path); the change feed brings the result back.
 */
export function usePageSave(ctx: PageSaveContext) {
  const [saving, setSaving] = useState(false);
  const [updated, setUpdated] = useState(false);
  const [savedAsIs, setSavedAsIs] = useState(false);

  async function savePage() {
    const { page } = ctx;
    if (page.tabId == null || saving) return;
    const again = ctx.saved;
    setSaving(true);
    ctx.clearError();
    try {
      const record = await ctx.deps.sendToBackground('article/save', { tabId: page.tabId });
      await ctx.wrote(change({ articles: [record.url], links: record.related.map((r) => r.url) }));
      if (page.article) setUpdated(again);
      else setSavedAsIs(true);
    } catch (e) {
      ctx.report('errSaveFailed', e);
    } finally {
      setSaving(false);
    }
  }

  return { saving, updated, savedAsIs, savePage };
}
